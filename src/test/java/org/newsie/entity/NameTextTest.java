package org.newsie.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** {@link NameText#normalize}'s shortcut for ASCII gives what the full normalization gives. */
class NameTextTest {
    private static String full(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFKD);
        s = s.replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
        s = s.replace(".", "");
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void asciiShortcutIsTheFullNormalization() {
        List<String> tokens = new ArrayList<>(List.of("U.S.", "Trump's", "McDONALD", "", ".", "a.b.c", "O'Neil", "x\ty"));
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            tokens.add(String.valueOf(c));
            tokens.add("A" + c + "b");
            all.append(c);
        }
        tokens.add(all.toString());
        tokens.addAll(List.of("Zelenskyy\u2019s", "Jos\u00e9", "\uff21BC", "\u01c5")); // and some that take the full path
        for (String t : tokens) {
            assertEquals(full(t), NameText.normalize(t), t);
        }
    }
}
