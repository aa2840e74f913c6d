package org.newsie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.newsie.model.Paragraph;
import org.newsie.model.Sentence;
import org.newsie.model.Token;
import org.newsie.text.LayoutAnalyzer;

/** The real OpenNLP models from Maven Central, no mocks. */
class SentenceTokenizerTest {
    private static NlpModels models;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
    }

    private static List<Sentence> split(String text) {
        List<Paragraph> ps = new LayoutAnalyzer().analyze(text).paragraphs();
        return new SentenceTokenizer(models).split(text, ps);
    }

    private static List<String> tokens(String text) {
        return split(text).stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void possessivesAndNegationsAreSplitAsInTheTrainingData() {
        assertEquals(List.of("Trump", "'s", "plan", "did", "n't", "work", "."), tokens("Trump's plan didn't work."));
        assertEquals(List.of("Zelensky", "’s", "aides", "are", "n’t", "sure", "."), tokens("Zelensky’s aides aren’t sure."));
        assertEquals(List.of("“", "I", "’m", "President", ",", "”", "he", "said", "."), tokens("“I’m President,” he said."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Trump's   | 5
            didn't    | 3
            we're     | 2
            I'm       | 1
            James     | 0
            O'Brien   | 0
            's        | 0
            rock'n'   | 0
            """)
    void clitics(String word, int cut) {
        assertEquals(cut, Tokens.clitic(word, 0, word.length()));
    }

    @Test
    void sentencesStayInsideParagraphsAndOffsetsHold() {
        String text = "He said the U.S. would help. Others disagreed\nA new paragraph starts here. It has two sentences.";
        List<Sentence> ss = split(text);
        assertEquals(List.of("He said the U.S. would help.", "Others disagreed", "A new paragraph starts here.",
                "It has two sentences."), ss.stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertEquals(List.of(0, 0, 1, 1), ss.stream().map(Sentence::paragraph).toList());
        for (Sentence s : ss) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
                assertTrue(s.start() <= t.start() && t.end() <= s.end());
            }
        }
    }

    @Test
    void curlyQuotesDoNotShiftOffsets() {
        String text = "“You have my assurance,” Trump told Fox News.";
        Sentence s = split(text).get(0);
        assertEquals("Trump", s.tokens().stream().filter(t -> t.text().equals("Trump")).findFirst().orElseThrow().text());
        for (Token t : s.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void charactersOutsideTheBmpKeepOffsetsRight() {
        String text = "Fans cheered 🎉 as 𝒜lice won. She said “wow 😀.”";
        for (Sentence s : split(text)) {
            for (Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.start(), t.end()));
            }
        }
    }

    @Test
    void normalizationKeepsTheLength() {
        String s = "“a” ‘b’ \u00A0c\u0007";
        assertEquals(s.length(), TextNormalizer.normalize(s).length());
        assertEquals("\"a\" 'b'  c ", TextNormalizer.normalize(s));
    }

    /**
     * Sentences after the title/initial repair, as " | "-separated texts. Cases whose break is decided by
     * OpenNLP alone ("the U.S. He said", "vitamin C. Researchers") are checked against the detector's own
     * split: the repair must not join them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Rep. G.K. Butterfield said the vote was a disgrace.                    | 1
            Sen. Jim Talent said the bill would pass.                              | 1
            The bill was introduced by Sen. Dianne Feinstein on Monday.            | 1
            Daniel K. Akaka and Susan M. Collins offered the amendment.            | 1
            Gov. John R. Kasich of Ohio quit the race on Wednesday.                | 1
            Mrs. Clinton won the state. She thanked her supporters.                | 2
            Former President George H.W. Bush wrote a letter.                      | 1
            The plant is in St. Louis and employs 400 people.                      | 1
            SENS. DODD, LEAHY CONDEMN DELAY TACTICS                                | 1
            He works for Apple Inc. The company makes phones.                      | 2
            He lives on Main St. The house is old.                                 | 2
            He met Sen. Talent. The two spoke for an hour.                         | 2
            The award went to Martin Luther King Jr. He accepted it in Oslo.        | 2
            The vote is set for Feb. 12 in the Senate.                              | 1
            The Senate passed S. 2400 and H.R. 3590 on Tuesday.                     | 1
            The Jets are the No. 5 seed this year.                                  | 1
            """)
    void titleAndInitialBreaksAreRepaired(String text, int sentences) {
        List<Sentence> ss = split(text.strip());
        assertEquals(sentences, ss.size(), () -> ss.stream().map(s -> text.strip().substring(s.start(), s.end())).toList().toString());
        for (Sentence s : ss) {
            assertEquals(s.start(), s.tokens().get(0).start());
            assertEquals(s.end(), s.tokens().get(s.tokens().size() - 1).end());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            He lives in the U.S. He said so.
            They took vitamin C. Researchers agree it helps.
            Washington, D.C. Officials said the budget was cut.
            """)
    void breaksTheDetectorMakesOutsideNamesStay(String text) {
        int detector = new opennlp.tools.sentdetect.SentenceDetectorME(models.sentenceModel()).sentPosDetect(text).length;
        assertEquals(detector, split(text).size());
    }
}
