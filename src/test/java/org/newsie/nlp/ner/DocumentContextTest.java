package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DocumentContext}: which words get the document's context, and which features. */
class DocumentContextTest {
    private static List<String[]> doc(String... sentences) {
        List<String[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(s.split(" "));
        }
        return out;
    }

    private static String features(DocumentContext c, String token) {
        DocumentContext.Entry e = c.entry(token, token.toLowerCase(java.util.Locale.ROOT));
        return e == null ? "-" : String.join(" ", e.features);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a capitalized word seen twice gets the words around both occurrences, two on each side
        "We flew to Athens on Monday . ; Athens is hot .|Athens|ag-1=to ag+1=on ag-2=flew ag+2=monday ag-1=<s> ag+1=is ag+2=hot",
        // seen once: nothing (its own window says the same)
        "We flew to Athens on Monday .|Athens|-",
        // lower-case words get nothing, even when repeated
        "the cat ; the dog|the|-",
        // matched whatever the case: the headline's ATHENS gets the body's context, and the body the headline's
        "ATHENS WEATHER ; It rained in Athens .|ATHENS|ag-1=<s> ag+1=weather ag+2=</s> ag-1=in ag+1=. ag-2=rained",
        "ATHENS WEATHER ; It rained in Athens .|Athens|ag-1=<s> ag+1=weather ag+2=</s> ag-1=in ag+1=. ag-2=rained",
        // a distinct feature once (the headline's and the body's ag+2=</s> above, both of these sentences here)
        "in Rome . ; in Rome .|Rome|ag-1=in ag+1=. ag-2=<s> ag+2=</s>",
    })
    void featuresOfAWord(String sentences, String token, String want) {
        DocumentContext c = new DocumentContext();
        c.set(doc(sentences.split(" ; ")));
        assertEquals(want, features(c, token));
    }

    @Test
    void atMostMaxFeaturesPerWord() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sentences.add("w" + i + " said Smith to v" + i);
        }
        DocumentContext c = new DocumentContext();
        c.set(doc(sentences.toArray(new String[0])));
        String[] f = c.entry("Smith", "smith").features;
        assertEquals(DocumentContext.MAX_FEATURES, f.length);
        assertEquals("ag-1=said", f[0]); // in the order of the occurrences
    }

    @Test
    void aNewDocumentOrAClearForgetsTheOldOne() {
        DocumentContext c = new DocumentContext();
        c.set(doc("Paris is big .", "in Paris ."));
        assertArrayEquals(new String[] {"ag-1=<s>", "ag+1=is", "ag+2=big", "ag-1=in", "ag+1=.", "ag-2=<s>", "ag+2=</s>"},
                c.entry("Paris", "paris").features);
        c.set(doc("Lyon is big .", "in Lyon ."));
        assertNull(c.entry("Paris", "paris"));
        c.clear();
        assertNull(c.entry("Lyon", "lyon"));
    }
}
