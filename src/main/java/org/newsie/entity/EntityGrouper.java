package org.newsie.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Mention;
import org.newsie.model.TextSpan;

/**
 * Groups the name mentions of one article into entities: "President Donald Trump", "Trump" and
 * "Trump’s" become one PERSON "Donald Trump"; "U.S." and "the United States" one place; "NATO"
 * and "North Atlantic Treaty Organization" one organization.
 *
 * <p>Steps (each a named rule in {@link Relation}):
 * <ol>
 * <li>Clean every mention with {@link MentionCleaner} (titles, "the", possessives, stop words).
 * <li>Mentions with the same normalized name (case, dots, accents ignored; aliases such as
 * "U.K." = "Britain" = "United Kingdom" from {@code aliases.txt}) form one <em>form</em>.
 * <li>Forms are taken longest first. A shorter form joins the cluster of a longer one when it is
 * its surname, its first name, an ordered subsequence ending in the same surname ("George Bush" in
 * "George W. Bush"), the head of an organization name ("the Foreign Ministry" in "Russia’s Foreign
 * Ministry"), the name written the other way round ("Energy Department" for "the U.S. Department of
 * Energy"; head words from {@code inverted-heads.txt}), the name without a legal suffix ("Apple" in
 * "Apple Inc.") or its initials ("NATO").
 * <li>When a surname (or head) fits several clusters ("Clinton" with both "Hillary Clinton" and
 * "Bill Clinton" present), each mention is decided on its own: a gendered title before it ("Mrs.
 * Clinton") picks the cluster of that gender; otherwise the cluster mentioned most recently before
 * it wins, or, when none was mentioned yet, the one mentioned next. A first name alone joins only
 * when exactly one cluster fits ("Kim" joins "Kim Jong Un" the same way). Person rules need the
 * longer name to have at most four words (particles aside), so a mis-tagged headline cannot
 * swallow a surname.
 * <li>Types: a form takes its majority type; a name of two or three words typed otherwise whose first word
 * is a first name and whose last word is a person on its own in the article is a person ("Chelsea
 * Clinton" beside "Clinton"). A form joins a cluster of another type only when one
 * of the two rests on a single mention, and never when a LOCATION-typed side is a well-known place
 * from {@code places.txt} ("Washington" the city stays apart from "George Washington").
 * <li>Each entity's type is the majority type of its mentions (ties: PERSON, then ORGANIZATION,
 * then LOCATION) and all its mentions are given that type; its name is its fullest mention (most
 * words; ties: the first); for a person, leaving out a mention of another type that ends in a word
 * no person mention ends in ("Bush", not a joined organization "Bush Administration"), and among those of
 * two or more words starting with a first name where there are any ("Donald Trump", not "Trump Tower
 * Grill"); gender (persons only) comes from {@link GenderCue#decide} over gendered titles and first
 * names. Entities are ordered by first mention, ids {@code e1, e2, …}.
 * </ol>
 *
 * <p>Thread-safe and reusable: all fields are final and immutable.
 */
public final class EntityGrouper {

    /**
     * Why a shorter name was taken to denote the same thing as a longer one; strongest first (when several
     * clusters fit, the strongest relation wins).
     */
    enum Relation {
        EXACT, SURNAME, SUBSEQUENCE, HEAD, INVERTED, DESIGNATOR, ACRONYM, FIRST_NAME
    }

    private static final List<EntityType> TIE_ORDER =
            List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "&",
            "de", "du", "des", "la", "le", "on", "in", "at");

    private static final int MAX_PERSON_NAME_WORDS = 4;

    private final EntityLexicon lexicon;
    private final MentionCleaner cleaner;

    /** A grouper with the bundled lexicons. */
    public EntityGrouper() {
        this(EntityLexicon.defaults());
    }

    public EntityGrouper(EntityLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.cleaner = new MentionCleaner(lexicon);
    }

    /** The cleaner this grouper applies to mentions first. */
    public MentionCleaner cleaner() {
        return cleaner;
    }

    // ---------------------------------------------------------------- grouping

    /** Mentions sharing one normalized name. */
    private static final class Form {
        final String key;
        final List<String> words;
        final String raw;
        final List<Integer> members = new ArrayList<>();
        final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);

        Form(String key, List<String> words, String raw) {
            this.key = key;
            this.words = words;
            this.raw = raw;
        }

        EntityType type() {
            return majority(types);
        }

        /** Rests on a single mention of its majority type: weak evidence for that type. */
        boolean weakType() {
            return types.getOrDefault(type(), 0) <= 1;
        }
    }

    /** Mentions taken to denote one entity, while grouping. */
    private static final class Cluster {
        final List<Integer> members = new ArrayList<>();
        final List<Form> forms = new ArrayList<>();
        final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);

        void add(int mention, EntityType type) {
            members.add(mention);
            types.merge(type, 1, Integer::sum);
        }

        void addForm(Form f) {
            if (!forms.contains(f)) {
                forms.add(f);
            }
        }

        EntityType type() {
            return majority(types);
        }

        boolean weakType() {
            return types.getOrDefault(type(), 0) <= 1;
        }
    }

    private record Candidate(Cluster cluster, Relation relation) {
    }

    /**
     * Cleans the mentions and groups them into entities.
     *
     * @param text     the article text the mentions' offsets point into
     * @param mentions the name finder's mentions, in any order
     * @return the entities, ordered by first mention, ids {@code e1, e2, …}
     * @throws IllegalArgumentException if a mention's text is not {@code text.substring(start, end)}
     */
    public List<Entity> group(String text, List<Mention> mentions) {
        List<Mention> cleaned = new ArrayList<>(cleaner.cleanAll(text, mentions));
        Map<String, Form> byKey = forms(cleaned);
        if (retypeNamedPersons(cleaned, byKey)) {
            cleaned = cleaner.cleanAll(text, cleaned); // a person's title is no part of the name: "Justice Scalia"
            byKey = forms(cleaned);
        }
        List<Mention> ms = cleaned;
        List<Form> forms = new ArrayList<>(byKey.values());
        forms.sort(Comparator.<Form>comparingInt(f -> -f.words.size()).thenComparingInt(f -> f.members.get(0)));

        List<Gender> titleGender = new ArrayList<>();
        for (Mention m : ms) {
            titleGender.add(GenderCue.decide(cleaner.precedingTitleCues(text, m.start())));
        }

        List<Cluster> clusters = new ArrayList<>();
        for (Form f : forms) {
            List<Candidate> cands = new ArrayList<>();
            for (Cluster c : clusters) {
                Optional<Relation> best = Optional.empty();
                for (Form g : c.forms) {
                    Optional<Relation> r = relation(g, g.type(), c.weakType(), f, f.type());
                    if (r.isPresent() && (best.isEmpty() || r.get().ordinal() < best.get().ordinal())) {
                        best = r;
                    }
                }
                if (best.isPresent() && compatible(f, c)) {
                    cands.add(new Candidate(c, best.get()));
                }
            }
            List<Candidate> strong = cands.stream().filter(c -> c.relation() != Relation.FIRST_NAME).toList();
            if (strong.isEmpty() && cands.size() == 1) {
                strong = cands;
            }
            if (strong.isEmpty()) {
                Cluster c = new Cluster();
                for (int i : f.members) {
                    c.add(i, ms.get(i).type());
                }
                c.addForm(f);
                clusters.add(c);
            } else if (strong.size() == 1) {
                Cluster c = strong.get(0).cluster();
                for (int i : f.members) {
                    c.add(i, ms.get(i).type());
                }
                c.addForm(f);
            } else {
                for (int i : f.members) {
                    Cluster c = choose(text, ms, i, titleGender.get(i), strong);
                    c.add(i, ms.get(i).type());
                    c.addForm(f);
                }
            }
        }

        for (Cluster c : clusters) {
            c.members.sort(Comparator.naturalOrder());
        }
        clusters.sort(Comparator.comparingInt(c -> ms.get(c.members.get(0)).start()));
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters) {
            EntityType type = c.type();
            List<Mention> members = new ArrayList<>();
            Set<String> ownEnds = new HashSet<>(); // last words of the mentions typed a person
            for (int i : c.members) {
                if (type == EntityType.PERSON && ms.get(i).type() == type) {
                    ownEnds.add(lastWord(ms.get(i).text()));
                }
            }
            Mention fullest = null;
            int most = -1;
            for (int i : c.members) {
                Mention m = ms.get(i);
                members.add(new Mention(m.start(), m.end(), m.text(), type, m.sentence()));
                List<NameText.Tok> words = NameText.tokens(m.text(), 0, m.text().length());
                // a person is not named by a mention of another type that ends in a word of its own ("Bush",
                // not the organization "Bush Administration" that joined on one mention), and is named by one
                // that starts with a first name where there is one ("Donald Trump", not "Trump Tower Grill")
                boolean own = m.type() == type || type != EntityType.PERSON || ownEnds.contains(lastWord(m.text()));
                int rank = words.size() + (own ? 1000 : 0) + (type == EntityType.PERSON
                        && words.size() >= 2 && lexicon.isFirstName(words.get(0).raw()) ? 100 : 0);
                if (rank > most) {
                    most = rank;
                    fullest = m;
                }
            }
            Gender gender = Gender.UNKNOWN;
            if (type == EntityType.PERSON) {
                gender = GenderCue.decide(cues(text, members));
            }
            out.add(new Entity("e" + (out.size() + 1), type, fullest.text(), gender, members));
        }
        return List.copyOf(out);
    }

    /** The last word of a name's key, aliases resolved ("U.S." → "states"). */
    private String lastWord(String name) {
        String key = lexicon.canonicalKey(NameText.key(name));
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /**
     * The normalized name a mention is compared by: lower case, no dots or accents, aliases
     * replaced by their group's key ("u.k." → "united kingdom"); for organizations and places a
     * leading nationality, country possessive or country alias becomes the country ("Russian
     * Foreign Ministry", "Russia’s Foreign Ministry" → "russia foreign ministry"; "U.S. Army" →
     * "united states army").
     */
    private String formKey(String name, EntityType type) {
        String key = lexicon.canonicalKey(NameText.key(name));
        if (type == EntityType.PERSON) {
            return key;
        }
        List<String> words = List.of(key.split(" "));
        for (int n = Math.min(2, words.size() - 1); n >= 1; n--) {
            String head = String.join(" ", words.subList(0, n));
            Optional<String> place = lexicon.demonymPlace(head);
            if (place.isEmpty() && lexicon.isAlias(head) && !lexicon.canonicalKey(head).equals(head)) {
                place = Optional.of(lexicon.canonicalKey(head));
            }
            if (place.isEmpty() && n == 1 && head.endsWith("'s")) {
                String owner = head.substring(0, head.length() - 2);
                if (lexicon.isKnownPlace(owner) || lexicon.isAlias(owner)) {
                    place = Optional.of(lexicon.canonicalKey(owner));
                }
            }
            if (place.isPresent()) {
                return place.get() + " " + String.join(" ", words.subList(n, words.size()));
            }
        }
        return key;
    }

    /** The mentions grouped by {@link #formKey}, in order of first mention. */
    private Map<String, Form> forms(List<Mention> ms) {
        Map<String, Form> byKey = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            String key = formKey(m.text(), m.type());
            Form f = byKey.computeIfAbsent(key, k -> new Form(k, List.of(k.split(" ")), m.text()));
            f.members.add(i);
            f.types.merge(m.type(), 1, Integer::sum);
        }
        return byKey;
    }

    /**
     * A name of two or three words typed an organization or place, whose first word is a first name and
     * whose last word is a person on its own in the same article, is that person: "Chelsea Clinton" (a
     * place: Chelsea) beside "Clinton", "Donald Trump" (an organization, the model misled by "the Donald")
     * beside "Trump". The model decides each mention with little of the article; the article's own use of
     * the surname settles it. Not a well-known place or alias ("North Korea" beside a mis-typed "Korea").
     * Replaces such mentions in {@code ms} by persons; true if any was.
     */
    private boolean retypeNamedPersons(List<Mention> ms, Map<String, Form> byKey) {
        boolean changed = false;
        for (Form f : byKey.values()) {
            if (f.type() == EntityType.PERSON || f.words.size() < 2 || f.words.size() > 3
                    || lexicon.isKnownPlace(f.key) || lexicon.isAlias(f.key)) { // North Korea
                continue;
            }
            Form surname = byKey.get(f.words.get(f.words.size() - 1));
            List<String> raw = NameText.tokens(f.raw, 0, f.raw.length()).stream().map(NameText.Tok::raw).toList();
            if (surname == null || surname.type() != EntityType.PERSON || surname.weakType()
                    || raw.size() != f.words.size() || !lexicon.isFirstName(raw.get(0)) || raw.get(0).contains(".")
                    || !raw.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                continue;
            }
            for (int i : f.members) {
                Mention m = ms.get(i);
                ms.set(i, new Mention(m.start(), m.end(), m.text(), EntityType.PERSON, m.sentence()));
            }
            changed = true;
        }
        return changed;
    }

    /** Picks one of several fitting clusters for one mention: gendered title, then recency. */
    private Cluster choose(String text, List<Mention> ms, int i, Gender gender, List<Candidate> cands) {
        List<Cluster> pool = cands.stream().map(Candidate::cluster).toList();
        if (gender != Gender.UNKNOWN) {
            List<Cluster> same = new ArrayList<>();
            List<Cluster> unknown = new ArrayList<>();
            for (Cluster c : pool) {
                List<Mention> members = c.members.stream().map(ms::get).toList();
                Gender g = GenderCue.decide(cues(text, members));
                if (g == gender) {
                    same.add(c);
                } else if (g == Gender.UNKNOWN) {
                    unknown.add(c);
                }
            }
            if (!same.isEmpty()) {
                pool = same;
            } else if (!unknown.isEmpty()) {
                pool = unknown;
            }
        }
        int at = ms.get(i).start();
        Cluster best = null;
        int bestBefore = -1;
        for (Cluster c : pool) {
            for (int j : c.members) {
                int s = ms.get(j).start();
                if (s < at && s > bestBefore) {
                    bestBefore = s;
                    best = c;
                }
            }
        }
        if (best != null) {
            return best;
        }
        int bestAfter = Integer.MAX_VALUE;
        for (Cluster c : pool) {
            for (int j : c.members) {
                int s = ms.get(j).start();
                if (s > at && s < bestAfter) {
                    bestAfter = s;
                    best = c;
                }
            }
        }
        return best != null ? best : pool.get(0);
    }

    /**
     * May form {@code f} join cluster {@code c} though their types may differ? Same type: yes.
     * Otherwise only if one side rests on a single mention, and never when a LOCATION side is a
     * well-known place.
     */
    private boolean compatible(Form f, Cluster c) {
        EntityType ft = f.type();
        EntityType ct = c.type();
        if (ft == ct) {
            return true;
        }
        if (ft == EntityType.LOCATION && lexicon.isKnownPlace(f.key)) {
            return false;
        }
        if (ct == EntityType.LOCATION) {
            for (Form g : c.forms) {
                if (lexicon.isKnownPlace(g.key)) {
                    return false;
                }
            }
        }
        return f.weakType() || c.weakType();
    }

    /**
     * How the shorter name {@code f} relates to the longer {@code g}, if at all. The rules of the
     * longer name's type apply (person: surname, first name, subsequence; organization: head,
     * designator, initials; location: initials), or those of the shorter name's type when the
     * longer one's type rests on a single mention.
     */
    private Optional<Relation> relation(Form g, EntityType gt, boolean gWeak, Form f, EntityType ft) {
        if (g.key.equals(f.key)) {
            return Optional.of(Relation.EXACT);
        }
        List<String> gw = g.words;
        List<String> fw = f.words;
        if (fw.size() >= gw.size()) {
            return Optional.empty();
        }
        boolean person = gt == EntityType.PERSON || (gWeak && ft == EntityType.PERSON);
        boolean org = gt == EntityType.ORGANIZATION || (gWeak && ft == EntityType.ORGANIZATION);
        boolean place = gt == EntityType.LOCATION || (gWeak && ft == EntityType.LOCATION);
        if (person && gw.size() >= 2 && looksLikePersonName(gw)) {
            List<String> core = gw;
            boolean generation = MentionCleaner.isGeneration(gw.get(gw.size() - 1));
            if (generation) {
                core = gw.subList(0, gw.size() - 1);
            }
            if (fw.size() == 1 && !core.isEmpty()) {
                if (fw.get(0).equals(core.get(core.size() - 1)) && core.size() >= 2) {
                    return Optional.of(Relation.SURNAME);
                }
                if (fw.get(0).equals(gw.get(0)) && core.size() >= 2) {
                    return Optional.of(Relation.FIRST_NAME);
                }
            } else if (fw.size() >= 2 && !generation && fw.size() < core.size()
                    && fw.get(0).equals(core.get(0)) && fw.get(fw.size() - 1).equals(core.get(core.size() - 1))
                    && isSubsequence(fw, core)) {
                return Optional.of(Relation.SUBSEQUENCE);
            }
        }
        if (org && fw.size() < gw.size()) {
            if (gw.subList(gw.size() - fw.size(), gw.size()).equals(fw) && !lexicon.isOrgSuffix(fw.get(0))) {
                return Optional.of(Relation.HEAD);
            }
            if (gw.subList(0, fw.size()).equals(fw)
                    && gw.subList(fw.size(), gw.size()).stream().allMatch(lexicon::isOrgSuffix)) {
                return Optional.of(Relation.DESIGNATOR);
            }
            if (inverted(gw, fw)) {
                return Optional.of(Relation.INVERTED);
            }
        }
        if ((org || place) && fw.size() == 1 && gw.size() >= 2 && NameText.isAllCaps(f.raw)) {
            String letters = fw.get(0);
            if (letters.equals(initials(gw, false)) || letters.equals(initials(gw, true))) {
                return Optional.of(Relation.ACRONYM);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code fw} ("energy department") is the end of {@code gw} ("u.s. department of energy",
     * "department of the treasury") written the other way round, with a head word from
     * {@code inverted-heads.txt}.
     */
    private boolean inverted(List<String> gw, List<String> fw) {
        int k = fw.size() - 1;
        if (k < 1 || !lexicon.isInvertedHead(fw.get(k)) || gw.size() < k + 2
                || !gw.subList(gw.size() - k, gw.size()).equals(fw.subList(0, k))) {
            return false;
        }
        int i = gw.size() - k - 1;
        if (gw.get(i).equals("the")) {
            i--;
        }
        return i >= 1 && gw.get(i).equals("of") && gw.get(i - 1).equals(fw.get(k));
    }

    /**
     * At most four words besides particles and a generation suffix: a longer "name" is a
     * mis-tagged phrase (a headline such as "Obama Says Museum Will Tell Story") whose first word
     * must not swallow every later "Obama".
     */
    private boolean looksLikePersonName(List<String> words) {
        int core = 0;
        for (String w : words) {
            if (!lexicon.isNameParticle(w) && !MentionCleaner.isGeneration(w)) {
                core++;
            }
        }
        return core <= MAX_PERSON_NAME_WORDS;
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String w : big) {
            if (j < small.size() && small.get(j).equals(w)) {
                j++;
            }
        }
        return j == small.size();
    }

    private static String initials(List<String> words, boolean skipFunctionWords) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (skipFunctionWords && ACRONYM_SKIP.contains(w)) {
                continue;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty() && Character.isLetterOrDigit(part.charAt(0))) {
                    b.append(part.charAt(0));
                }
            }
        }
        return b.toString();
    }

    private static EntityType majority(Map<EntityType, Integer> counts) {
        EntityType best = EntityType.PERSON;
        int most = -1;
        for (EntityType t : TIE_ORDER) {
            int n = counts.getOrDefault(t, 0);
            if (n > most) {
                most = n;
                best = t;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- gender

    /**
     * The gender evidence for an entity: gendered titles written right before its mentions
     * ("Mrs. Clinton", "Sir Keir Starmer") and the first names of its full-name mentions. Combine
     * with pronoun cues and decide with {@link GenderCue#decide}.
     */
    public List<GenderCue> genderCues(String text, Entity entity) {
        return cues(text, entity.mentions());
    }

    private List<GenderCue> cues(String text, List<Mention> mentions) {
        List<GenderCue> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.addAll(cleaner.precedingTitleCues(text, m.start()));
            List<NameText.Tok> words = NameText.tokens(text, m.start(), m.end());
            if (words.size() >= 2 && m.type() == EntityType.PERSON) {
                NameText.Tok first = words.get(0);
                Gender g = lexicon.firstNameGender(first.raw());
                if (g != Gender.UNKNOWN) {
                    out.add(new GenderCue(g, GenderCue.Source.FIRST_NAME, TextSpan.of(text, first.start(), first.end())));
                }
            }
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- look-ups

    /**
     * The entity with a mention overlapping {@code [start, end)} (an empty span: containing
     * {@code start}); when several do, the one with the largest overlap, then the first.
     */
    public static Optional<Entity> entityAt(List<Entity> entities, int start, int end) {
        Entity best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int overlap;
                if (start == end) {
                    overlap = m.start() <= start && start < m.end() ? 1 : 0;
                } else {
                    overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                }
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Resolves a name as written in the text but not among the mentions (a speaker span such as
     * "Lavrov" or "Russian Foreign Minister Sergei Lavrov") to an entity: the name is cleaned like
     * a mention, then matched by the grouping rules (same name or alias, surname, initials, head,
     * or the entity's names contained in it). Empty when nothing fits or the fit is ambiguous
     * (two Clintons: use {@link #resolveName(List, String, int)}).
     */
    public Optional<Entity> resolveName(List<Entity> entities, String name) {
        return resolve(entities, name, -1);
    }

    /**
     * Like {@link #resolveName(List, String)}, but an ambiguous name goes to the fitting entity
     * mentioned most recently before {@code position} (else the next one after it).
     */
    public Optional<Entity> resolveName(List<Entity> entities, String name, int position) {
        return resolve(entities, name, Math.max(0, position));
    }

    private Optional<Entity> resolve(List<Entity> entities, String name, int position) {
        Optional<String> written = nameIn(name);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        String text = written.get();
        if (NameText.key(text).isEmpty()) {
            return Optional.empty();
        }
        List<Entity> exact = new ArrayList<>();
        List<Entity> fitting = new ArrayList<>();
        List<Entity> firstNameOnly = new ArrayList<>();
        for (Entity e : entities) {
            String key = formKey(text, e.type());
            Form f = new Form(key, List.of(key.split(" ")), text);
            Relation best = null;
            for (Mention m : e.mentions()) {
                String mk = formKey(m.text(), e.type());
                Form g = new Form(mk, List.of(mk.split(" ")), m.text());
                Optional<Relation> r = relation(g, e.type(), false, f, e.type());
                if (r.isEmpty()) {
                    r = relation(f, e.type(), false, g, e.type()).filter(x -> x != Relation.FIRST_NAME);
                }
                if (r.isPresent() && (best == null || r.get().ordinal() < best.ordinal())) {
                    best = r.get();
                }
            }
            if (best == Relation.EXACT) {
                exact.add(e);
            } else if (best == Relation.FIRST_NAME) {
                firstNameOnly.add(e);
            } else if (best != null) {
                fitting.add(e);
            }
        }
        for (List<Entity> pool : List.of(exact, fitting)) {
            if (!pool.isEmpty()) {
                return pick(pool, position);
            }
        }
        return firstNameOnly.size() == 1 ? Optional.of(firstNameOnly.get(0)) : Optional.empty();
    }

    /**
     * The name in a speaker phrase: the phrase is cut at commas and parentheses ("Michael McFaul, a
     * senior fellow at …", "Sen. Claire McCaskill (D-Mo.)") and the first piece that still holds
     * a name after cleaning is taken ("His former business partner, Lawrence B. Cummings").
     */
    private Optional<String> nameIn(String phrase) {
        for (String piece : phrase.split("[,;(\\)\\[\\]]|\\s[–—-]\\s")) {
            if (piece.isBlank()) {
                continue;
            }
            Optional<Mention> c = cleaner.clean(piece, new Mention(0, piece.length(), piece, EntityType.PERSON, 0));
            if (c.isEmpty()) {
                continue;
            }
            List<String> words = NameText.normTokens(c.get().text());
            if (words.size() == 1 && lexicon.isStopword(words.get(0)) && !NameText.isAllCaps(c.get().text())) {
                continue;
            }
            return Optional.of(c.get().text());
        }
        return Optional.empty();
    }

    private static Optional<Entity> pick(List<Entity> pool, int position) {
        if (pool.size() == 1) {
            return Optional.of(pool.get(0));
        }
        if (position < 0) {
            return Optional.empty();
        }
        Entity best = null;
        int bestBefore = -1;
        for (Entity e : pool) {
            for (Mention m : e.mentions()) {
                if (m.start() < position && m.start() > bestBefore) {
                    bestBefore = m.start();
                    best = e;
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        int bestAfter = Integer.MAX_VALUE;
        for (Entity e : pool) {
            for (Mention m : e.mentions()) {
                if (m.start() >= position && m.start() < bestAfter) {
                    bestAfter = m.start();
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
