package org.newsie.nlp.ner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Exact-span-match scores of a name finder on annotated data: overall and per type.
 *
 * @param sentences sentences evaluated
 * @param overall   counts over all types
 * @param byType    counts per type ({@code person}, {@code location}, {@code organization}), in that order
 */
public record NerReport(int sentences, Counts overall, Map<String, Counts> byType) {
    public NerReport {
        Objects.requireNonNull(overall, "overall");
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    /** True positives, predicted and gold span counts. */
    public record Counts(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int tp, int pred, int g) {
            return new Counts(truePositives + tp, predicted + pred, gold + g);
        }
    }

    /** A plain-text table. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-13s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1",
                "tp", "pred", "gold"));
        for (Map.Entry<String, Counts> e : byType.entrySet()) {
            line(sb, e.getKey(), e.getValue());
        }
        line(sb, "overall", overall);
        sb.append(String.format(Locale.ROOT, "(%d sentences, exact span match)%n", sentences));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-13s %9.4f %9.4f %9.4f %6d %6d %6d%n", name, c.precision(), c.recall(),
                c.f1(), c.truePositives(), c.predicted(), c.gold()));
    }
}
