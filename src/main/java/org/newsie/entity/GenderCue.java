package org.newsie.entity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsie.model.Gender;
import org.newsie.model.TextSpan;

/**
 * One piece of evidence for a person's gender, pointing at the words in the text that give it.
 *
 * @param gender   {@link Gender#MALE} or {@link Gender#FEMALE}
 * @param source   what kind of word it is
 * @param evidence the title, first name or pronoun as written
 */
public record GenderCue(Gender gender, Source source, TextSpan evidence) {

    /** Where a cue comes from, with the weight {@link #decide} gives it. */
    public enum Source {
        /** A gendered title before a mention: Mr., Mrs., Ms., Sir, Lady, Madam, spokeswoman … */
        TITLE(3),
        /** The first name of a full-name mention, looked up in the first-name lexicon. */
        FIRST_NAME(2),
        /** A pronoun resolved to the person (he, she, his, her …), added by the caller. */
        PRONOUN(1);

        private final int weight;

        Source(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    public GenderCue {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        if (gender == Gender.UNKNOWN) {
            throw new IllegalArgumentException("a gender cue is MALE or FEMALE");
        }
    }

    /**
     * Weighs cues: every title counts 3, every pronoun 1, and each distinct first name 2 (a name
     * repeated in ten mentions is still one name). The heavier gender wins; a tie or no cue gives
     * {@link Gender#UNKNOWN}. So "Mrs." outweighs a first name the lexicon gets wrong, and three
     * resolved "he" outweigh a misleading first name ("Kim" for Kim Jong Un).
     */
    public static Gender decide(List<GenderCue> cues) {
        Map<Gender, Integer> score = new EnumMap<>(Gender.class);
        Set<String> firstNamesSeen = new HashSet<>();
        for (GenderCue cue : cues) {
            if (cue.source() == Source.FIRST_NAME
                    && !firstNamesSeen.add(NameText.normalize(cue.evidence().text()) + "/" + cue.gender())) {
                continue;
            }
            score.merge(cue.gender(), cue.source().weight(), Integer::sum);
        }
        int male = score.getOrDefault(Gender.MALE, 0);
        int female = score.getOrDefault(Gender.FEMALE, 0);
        if (male > female) {
            return Gender.MALE;
        }
        if (female > male) {
            return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }
}
