package org.newsie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsie.model.Entity;
import org.newsie.model.EntityType;
import org.newsie.model.Gender;
import org.newsie.model.Mention;
import org.newsie.model.Paragraph;
import org.newsie.model.Quote;
import org.newsie.model.QuoteKind;
import org.newsie.model.Sentence;
import org.newsie.model.Speaker;
import org.newsie.nlp.NlpModels;
import org.newsie.nlp.SentenceTokenizer;
import org.newsie.quote.eval.LineParagraphs;

/** Every attribution rule on small made-up texts, run through the real OpenNLP sentence stage. */
class QuoteStageTest {
    private static NlpModels models;
    private static QuoteStage stage;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        stage = new QuoteStage();
    }

    static List<Quote> run(String text, List<Entity> entities) {
        List<Paragraph> paras = LineParagraphs.split(text);
        List<Sentence> sents = new SentenceTokenizer(models).split(text, paras);
        QuoteResult r = stage.find(text, paras, sents, entities);
        for (Quote q : r.quotes()) {
            checkOffsets(text, q);
        }
        return r.quotes();
    }

    static void checkOffsets(String text, Quote q) {
        assertEquals(text.substring(q.start(), q.end()), q.text());
        assertEquals(text.substring(q.content().start(), q.content().end()), q.content().text());
        assertTrue(q.start() <= q.content().start() && q.content().end() <= q.end());
        q.cue().ifPresent(c -> assertEquals(text.substring(c.start(), c.end()), c.text()));
        q.speaker().ifPresent(s -> assertEquals(text.substring(s.mention().start(), s.mention().end()),
                s.mention().text()));
    }

    static Quote only(List<Quote> qs, String quoteText) {
        return qs.stream().filter(q -> q.content().text().contains(quoteText)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + quoteText + " in " + qs));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // text, words of the quote, kind, speaker name (null: none), rule, mention as written
                Arguments.of("\u201CYou have my word,\u201D Trump told Fox News in an interview.", "my word",
                        QuoteKind.FULL, "Trump", "trailing-speaker-cue", "Trump"),
                Arguments.of("\u201CAny contacts must be prepared with care,\u201D said Lavrov, refraining from a promise.",
                        "Any contacts", QuoteKind.FULL, "Lavrov", "trailing-cue-speaker", "Lavrov"),
                Arguments.of("The Kremlin issued a statement after the call, saying: \u201CThe parties discussed the idea.\u201D",
                        "parties discussed", QuoteKind.FULL, "The Kremlin", "colon-cue", "The Kremlin"),
                Arguments.of("Russia\u2019s Foreign Ministry on Monday said it rejects \u201Cany scenarios involving foreign troops.\u201D",
                        "any scenarios", QuoteKind.PARTIAL, "Russia\u2019s Foreign Ministry", "cue-before",
                        "Russia\u2019s Foreign Ministry"),
                Arguments.of("The two men spoke in what was a \u201Cfrank and very constructive\u201D exchange, according to Kremlin officials.",
                        "frank and very", QuoteKind.PARTIAL, "Kremlin officials", "according-to", "Kremlin officials"),
                Arguments.of("White House press secretary Karoline Leavitt said air support remained \u201Can option and a possibility.\u201D",
                        "an option", QuoteKind.PARTIAL, "Karoline Leavitt", "cue-before",
                        "White House press secretary Karoline Leavitt"),
                Arguments.of("Guns are \u201Cthe ultimate public health crisis\u201D and \u201Cstunt children\u2019s growth,\u201D "
                                + "Howard Dean, the former governor of Vermont, told the crowd.", "ultimate public",
                        QuoteKind.PARTIAL, "Howard Dean", "coordinated", "Howard Dean"),
                Arguments.of("\u201CIt was very nice,\u201D the gambling tycoon told Reuters.", "very nice", QuoteKind.FULL,
                        "the gambling tycoon", "trailing-speaker-cue", "the gambling tycoon"),
                Arguments.of("\u201CTrump must stop portraying us as criminals.\u201D \u2015 Carla Sanchez", "must stop",
                        QuoteKind.FULL, "Carla Sanchez", "dash-source", "Carla Sanchez"),
                Arguments.of("Clinton: \u201COur goal is to defeat ISIS.\u201D", "Our goal", QuoteKind.FULL, "Clinton",
                        "colon-cue", "Clinton"),
                Arguments.of("\u201CNobody knows what happens next.\u201D", "Nobody knows", QuoteKind.FULL, null, null, null),
                Arguments.of("European officials are wary of using the term \u201Cceasefire,\u201D which Trump appears to dislike.",
                        "ceasefire", QuoteKind.TERM, null, null, null),
                Arguments.of("The so-called \u201Cgrand bargain\u201D collapsed last year.", "grand bargain", QuoteKind.TERM,
                        null, null, null),
                Arguments.of("The plan was a \u201Cdisaster\u201D for the region.", "disaster", QuoteKind.TERM, null, null,
                        null),
                Arguments.of("Russian Foreign Minister Sergei Lavrov did not rule out a meeting.\n"
                                + "\u201CWe are not refusing any format,\u201D he said in an interview.", "not refusing",
                        QuoteKind.FULL, "Sergei Lavrov", "trailing-speaker-cue+pronoun", "he"),
                Arguments.of("President Donald Trump met Karoline Leavitt. Leavitt suggested Tuesday that a meeting was possible.\n"
                                + "\u201CWe are working on it,\u201D she said.", "working on it", QuoteKind.FULL,
                        "Karoline Leavitt", "trailing-speaker-cue+pronoun", "she"),
                Arguments.of("Senator Mary Smith spoke after Mr. John Brown. Air support, she said, remained \u201Can option.\u201D",
                        "an option", QuoteKind.PARTIAL, "Mary Smith", "cue-before+pronoun", "she"),
                Arguments.of("\u201CWe will win,\u201D Trump said. \u201CAnd we will win again.\u201D", "win again",
                        QuoteKind.FULL, "Trump", "continuation", "Trump"),
                Arguments.of("\u201CWe will win,\u201D Trump said.\n\u201CAnd we will win again and again.\u201D", "win again",
                        QuoteKind.FULL, "Trump", "continuation-paragraph", "Trump"),
                Arguments.of("Senator Jane Roe told reporters:\n\u201CThe bill is dead.\u201D", "bill is dead",
                        QuoteKind.FULL, "Jane Roe", "colon-previous-paragraph", "Senator Jane Roe"),
                Arguments.of("\u201CIt takes two to tango,\u201D said Trump.", "takes two", QuoteKind.FULL, "Trump",
                        "trailing-cue-speaker", "Trump"),
                Arguments.of("Trump replied: \u201CYou have my assurance.\u201D", "assurance", QuoteKind.FULL, "Trump",
                        "colon-cue", "Trump"),
                Arguments.of("\u201CThat is a problem for the party,\u201D said Rep. Jim Clyburn (D-S.C.), a member of the leadership.",
                        "problem", QuoteKind.FULL, "Jim Clyburn", "trailing-cue-speaker", "Rep. Jim Clyburn"),
                Arguments.of("Graham: Trump\u2019s \u2018Incredibly Hateful Rhetoric\u2019 Destroying the Party", "Hateful",
                        QuoteKind.PARTIAL, "Graham", "paragraph-label", "Graham"),
                Arguments.of("\"WALLACE: Let us start with the news.\"", "Let us start", QuoteKind.FULL, "WALLACE",
                        "transcript-label", "WALLACE"),
                Arguments.of("As Steven Rosenthal, a tax lawyer, recently put it, \u201CDid he lower his taxes legally?\u201D",
                        "lower his taxes", QuoteKind.FULL, "Steven Rosenthal", "cue-before", "Steven Rosenthal"),
                Arguments.of("Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will \u201Cleave here with momentum.\u201D",
                        "momentum", QuoteKind.PARTIAL, "Dean Johnson", "cue-before", "Dean Johnson"),
                Arguments.of("\u201CWe are fine,\u201D said Clinton\u2019s top foreign policy aide Jake Sullivan.", "fine",
                        QuoteKind.FULL, "Jake Sullivan", "trailing-cue-speaker",
                        "Clinton\u2019s top foreign policy aide Jake Sullivan"),
                Arguments.of("The Republican is angry. Christie refers to the governor as \u201CChris.\u201D", "Chris",
                        QuoteKind.TERM, null, null, null),
                Arguments.of("The Kremlin issued a statement: \u201CThe talks went well.\u201D", "talks went", QuoteKind.FULL,
                        "The Kremlin", "colon-cue", "The Kremlin"),
                Arguments.of("\u201CWe are ready,\u201D the 46-year-old said.", "ready", QuoteKind.FULL, "the 46-year-old",
                        "trailing-speaker-cue", "the 46-year-old"),
                Arguments.of("Senator John Smith spoke on Monday. Smith called the plan a \u201Cdisaster.\u201D", "disaster",
                        QuoteKind.PARTIAL, "John Smith", "cue-before", "Smith"),
                Arguments.of("Senator Jane Roe is upbeat about the bill.\n\u201CNot only can we pass it, we will pass it soon.\u201D",
                        "Not only", QuoteKind.FULL, "Jane Roe", "previous-sentence-subject", "Senator Jane Roe"),
                Arguments.of("The spokesman was blunt. \u201CNo deal is possible before the vote.\u201D", "No deal",
                        QuoteKind.FULL, "The spokesman", "previous-sentence-subject", "The spokesman"),
                Arguments.of("The weather was cold on Monday.\n\u201CNobody knows what happens next.\u201D", "Nobody knows",
                        QuoteKind.FULL, null, null, null),
                Arguments.of("After the vote, the senators left.\n\u201CNobody knows what happens next.\u201D", "Nobody knows",
                        QuoteKind.FULL, null, null, null),
                Arguments.of("Kevin Brady, chairman of the House Ways and Means Committee, said the tax was \u201Ca bad idea.\u201D",
                        "bad idea", QuoteKind.PARTIAL, "Kevin Brady", "cue-before", "Kevin Brady"),
                Arguments.of("Jay Doe, the club\u2019s president and general manager, said the plan was \u201Ca bad idea.\u201D",
                        "bad idea", QuoteKind.PARTIAL, "Jay Doe", "cue-before", "Jay Doe"),
                Arguments.of("Mary Smith left early and Tom Jones, an aide, said the plan was \u201Ca bad idea.\u201D",
                        "bad idea", QuoteKind.PARTIAL, "Tom Jones", "cue-before", "Tom Jones"),
                Arguments.of("White House spokesman Josh Earnest said Barack Obama has kept in touch with donors.\n"
                                + "\u201CIt will help the party,\u201D he said.", "help the party", QuoteKind.FULL,
                        "Josh Earnest", "trailing-speaker-cue+pronoun", "he"),
                Arguments.of("Josh Earnest met Barack Obama. Obama has kept in touch with donors.\n"
                                + "\u201CIt will help the party,\u201D he said.", "help the party", QuoteKind.FULL,
                        "Barack Obama", "trailing-speaker-cue+pronoun", "he"),
                Arguments.of("At a rally, 62-year-old Brenda Johnson also railed against the plan. \u201CIt is not fine,\u201D she said.",
                        "not fine", QuoteKind.FULL, "Brenda Johnson", "trailing-speaker-cue+pronoun", "she"),
                Arguments.of("Senator Jane Roe spoke first. The timing of the vote does not surprise Senator Jane Roe: \u201CWe saw it coming.\u201D",
                        "saw it coming", QuoteKind.FULL, "Jane Roe", "colon-cue", "Senator Jane Roe"),
                Arguments.of("Rep. John Gowdy (R-S.C.): \u201CWho told you that?\u201D", "Who told", QuoteKind.FULL,
                        "John Gowdy", "colon-cue", "Rep. John Gowdy"),
                Arguments.of("The timing of the vote was a surprise in Ohio: \u201CNobody saw it coming.\u201D",
                        "Nobody saw", QuoteKind.FULL, null, null, null),
                Arguments.of("Senator John Smith himself said Tuesday that the plan was \u201Ca good one for Iowa.\u201D",
                        "good one", QuoteKind.PARTIAL, "John Smith", "cue-before", "Senator John Smith"),
                Arguments.of("Hillary Clinton Sides With George W. Bush On \u2018Radical Islam\u2019", "Radical Islam",
                        QuoteKind.PARTIAL, "Hillary Clinton", "headline-subject", "Hillary Clinton"),
                Arguments.of("Gina Rodriguez Questioned What It Means To Be \u201CLatino Enough.\u201D", "Latino Enough",
                        QuoteKind.PARTIAL, "Gina Rodriguez", "headline-subject", "Gina Rodriguez"),
                Arguments.of("Senator John Trump met voters. Trump Visits Ohio For \u2018Big Bill\u2019 Rally", "Big Bill",
                        QuoteKind.PARTIAL, "John Trump", "headline-subject", "Trump"),
                Arguments.of("The Senate Votes On The \u2018Big Bill\u2019 Today", "Big Bill", QuoteKind.TERM, null, null, null),
                Arguments.of("\u201CThey are drawing from her side now,\u201D Nate Silver, the polling guru who founded the site tweeted on Wednesday.",
                        "drawing from", QuoteKind.FULL, "Nate Silver", "trailing-speaker-cue", "Nate Silver"),
                Arguments.of("It was a long night for the party.\n\u201CNobody knows what happens next.\u201D",
                        "Nobody knows", QuoteKind.FULL, null, null, null),
                // a short cue-less partial takes its clause's subject when that is a role or an organization too
                Arguments.of("The mayor rejected the \u201Cexception.\u201D", "exception", QuoteKind.PARTIAL,
                        "The mayor", "sentence-subject", "The mayor"),
                Arguments.of("Her campaign has cycled through slogans such as \u201Cstronger together.\u201D",
                        "stronger together", QuoteKind.PARTIAL, "Her campaign", "sentence-subject", "Her campaign"),
                Arguments.of("The weather turned \u201Cbrutal\u201D overnight.", "brutal", QuoteKind.TERM, null, null,
                        null),
                // \u2026 but not the subject of a passive verb
                Arguments.of("A group of Afghan teenagers was awarded a medal for \u201Ccourageous achievement\u201D on Tuesday.",
                        "courageous", QuoteKind.TERM, null, null, null),
                Arguments.of("Democratic leaders are worried about an unmollified \u201CBernie or Bust\u201D contingent.",
                        "Bernie or Bust", QuoteKind.PARTIAL, "Democratic leaders", "sentence-subject",
                        "Democratic leaders"),
                // "accused by" is passive and "while" opens a clause of its own: Lavrov is not a reported subject
                Arguments.of("Moscow has been accused by Ukraine of playing for time, while Foreign Minister Sergei Lavrov "
                                + "did not rule out a meeting.\n\u201CWe are not refusing any format,\u201D he said.",
                        "not refusing", QuoteKind.FULL, "Sergei Lavrov", "trailing-speaker-cue+pronoun", "he"),
                // a name after the reporting verb is the speaker when no verb follows it
                Arguments.of("The plan appeals to voters, said Alan Abramowitz, a demographer at Emory University. "
                                + "\u201CHe is trying to appeal to them,\u201D he said.", "trying to appeal",
                        QuoteKind.FULL, "Alan Abramowitz", "trailing-speaker-cue+pronoun", "he"),
                // the subject of a clause reported further on in the sentence is spoken about, not speaking
                Arguments.of("John Kasich predicted that Republicans will win if Bernie Sanders wins the nomination.\n"
                                + "\u201CThat is not even an issue,\u201D he said.", "not even", QuoteKind.FULL,
                        "John Kasich", "trailing-speaker-cue+pronoun", "he"),
                // \u2026 unless a new main clause starts (", and")
                Arguments.of("John Smith spoke first, and Tom Jones replied that the bill was dead.\n"
                                + "\u201CIt is over,\u201D he said.", "It is over", QuoteKind.FULL, "Tom Jones",
                        "trailing-speaker-cue+pronoun", "he"),
                // a partial quote's own sentence subject comes before the continuation of the quote before it
                Arguments.of("\u201CWe will win,\u201D Tom Smith said. Later, Jane Doe sees the plan as a "
                                + "\u201Ccaricature of democracy at its worst.\u201D", "caricature", QuoteKind.PARTIAL,
                        "Jane Doe", "sentence-subject", "Jane Doe"),
                Arguments.of("\u201CWe will win,\u201D Tom Smith said. Later, the plan was dismissed as a "
                                + "\u201Ccaricature of democracy at its worst.\u201D", "caricature", QuoteKind.PARTIAL,
                        "Tom Smith", "continuation", "Tom Smith"),
                // hyphenated names, which the tokenizer splits ("Mark" "-Viverito")
                Arguments.of("\u201CWe will win,\u201D Melissa Mark-Viverito said.", "We will win", QuoteKind.FULL,
                        "Melissa Mark-Viverito", "trailing-speaker-cue", "Melissa Mark-Viverito"),
                Arguments.of("\u201CWe are ready,\u201D the Los Angeles-based group said.", "ready", QuoteKind.FULL,
                        "the Los Angeles-based group", "trailing-speaker-cue", "the Los Angeles-based group"),
                // a long apposition with clauses of its own: the name that opens it speaks
                Arguments.of("Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super "
                                + "PAC, said the race was \u201Cstrong, smart and resilient.\u201D", "resilient",
                        QuoteKind.PARTIAL, "Geoff Garin", "cue-before", "Geoff Garin"),
                Arguments.of("On Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said Republicans "
                                + "might include a \u201Ctwo-year delay of the tax.\u201D", "two-year", QuoteKind.PARTIAL,
                        "Kevin Brady", "cue-before", "Kevin Brady"),
                // \u2026 not a place before it, nor a name after a preposition
                Arguments.of("In Berea, OH, Jane Roe, a nurse, said the plan was \u201Ca two-year delay of the tax.\u201D",
                        "two-year", QuoteKind.PARTIAL, "Jane Roe", "cue-before", "Jane Roe"),
                Arguments.of("After meeting with Jane Roe, a nurse, the senator, 70, said the plan was \u201Ca two-year "
                                + "delay of the tax.\u201D", "two-year", QuoteKind.PARTIAL, "the senator", "cue-before",
                        "the senator"),
                // after an inverted cue, a determiner and a few words ending in a common noun
                Arguments.of("\u201CIt is over,\u201D said one commenter.", "It is over", QuoteKind.FULL,
                        "one commenter", "trailing-cue-speaker", "one commenter"),
                Arguments.of("\u201CIt is over,\u201D said a 2008 Clinton veteran.", "It is over", QuoteKind.FULL,
                        "a 2008 Clinton veteran", "trailing-cue-speaker", "a 2008 Clinton veteran"),
                Arguments.of("\u201CIt is over,\u201D said the designer, who works for another brand.", "It is over",
                        QuoteKind.FULL, "the designer", "trailing-cue-speaker", "the designer"),
                // \u2026 only after a full quote: a verb after a partial one is one more of the subject's verbs
                Arguments.of("Trump summed up Clinton as \u201Cterrible,\u201D denounced her record and left.", "terrible",
                        QuoteKind.TERM, null, null, null),
                // the source on a line of its own under a quote that is a paragraph of its own
                Arguments.of("The senator spoke.\n\u201CBoeing and GE pay zero taxes.\u201D\n- Bernie Sanders.", "zero taxes",
                        QuoteKind.FULL, "Bernie Sanders", "dash-source", "Bernie Sanders"),
                Arguments.of("It was late.\n\u201CBoeing and GE pay zero taxes.\u201D\n\u2013 Ready to quiz Trump \u2013\n"
                        + "Trump said earlier that he was willing.", "zero taxes", QuoteKind.FULL, null, null, null),
                Arguments.of("The plan was called \u201Ca disaster for the region.\u201D\n- Reuters.", "disaster",
                        QuoteKind.PARTIAL, null, null, null),
                // headlines: short function words stay lower case in title case; "X on Topic:" labels a person's words
                Arguments.of("Hillary Clinton Sides with George W. Bush on \u2018Radical Islam\u2019", "Radical Islam",
                        QuoteKind.PARTIAL, "Hillary Clinton", "headline-subject", "Hillary Clinton"),
                Arguments.of("Obama on Climate Change: The Trends Are \u2018Terrifying.\u2019\nMr. Obama believes his "
                        + "efforts matter.", "Terrifying", QuoteKind.PARTIAL, "Obama", "paragraph-label", "Obama"),
                Arguments.of("Report on Climate Change: The Trends Are \u2018Terrifying.\u2019", "Terrifying",
                        QuoteKind.TERM, null, null, null),
                // an infinitive cue ("went on to say") speaks for its clause's subject
                Arguments.of("\u201CWe won,\u201D Trump said.\nBryne went on to say, \u201CFrom the bottom of my soul, I know "
                        + "this.\u201D", "bottom of my soul", QuoteKind.FULL, "Bryne", "cue-before", "Bryne"),
                Arguments.of("But the debate was so subdued that Mr. Trump was prompted to say, \u201CSo far, I cannot "
                        + "believe it.\u201D", "So far", QuoteKind.FULL, "Trump", "cue-before", "Mr. Trump"),
                Arguments.of("\u201CWe won,\u201D Trump said.\nIt was time to say, \u201CSo far, I cannot believe it.\u201D",
                        "So far", QuoteKind.FULL, "Trump", "continuation-paragraph", "Trump"),
                Arguments.of("In the poll, 21 percent said the race was \u201Cnot too likely to end.\u201D", "not too likely",
                        QuoteKind.PARTIAL, "percent", "cue-before", "percent"),
                // "read" as a cue: “…,” the statement read.
                Arguments.of("\u201CThe results will be revealed soon,\u201D the statement read.", "results", QuoteKind.FULL,
                        "the statement", "trailing-speaker-cue", "the statement"),
                Arguments.of("The next day, her Twitter account posted: \u201CShop the look from her speech.\u201D", "Shop",
                        QuoteKind.FULL, "her Twitter account", "colon-cue", "her Twitter account"),
                // a possessor inside an apposition is no antecedent ("Sanders's" is not "Sanders is")
                Arguments.of("Michael Briggs, Sanders's spokesman, suggested that the party failed.\n\"It is over,\" he said.",
                        "It is over", QuoteKind.FULL, "Michael Briggs", "trailing-speaker-cue+pronoun", "he"),
                Arguments.of("Senator John Smith arrived. Smith's been saying that for weeks.\n\"It is over,\" he said.",
                        "It is over", QuoteKind.FULL, "John Smith", "trailing-speaker-cue+pronoun", "he"),
                // initials the tokenizer leaves without their last period stay inside the name
                Arguments.of("\u201CIt is a disgusting day,\u201D said Rep. G.K. Butterfield (D-N.C.), head of the caucus.",
                        "disgusting", QuoteKind.FULL, "G.K. Butterfield", "trailing-cue-speaker",
                        "Rep. G.K. Butterfield"),
                // common-noun speakers
                Arguments.of("\u201CLock her up!\u201D the crowd chanted.", "Lock her up", QuoteKind.FULL, "the crowd",
                        "trailing-speaker-cue", "the crowd"),
                Arguments.of("\u201CShe should come to Louisiana,\u201D the editorial said.", "Louisiana", QuoteKind.FULL,
                        "the editorial", "trailing-speaker-cue", "the editorial"),
                Arguments.of("\u201CWe are ready,\u201D a staffer said.", "ready", QuoteKind.FULL, "a staffer",
                        "trailing-speaker-cue", "a staffer"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void attributes(String text, String words, QuoteKind kind, String name, String rule, String mention) {
        Quote q = only(run(text, List.of()), words);
        assertEquals(kind, q.kind(), "kind of " + q.text());
        if (name == null) {
            assertTrue(q.speaker().isEmpty(), () -> "expected no speaker, got " + q.speaker());
            assertTrue(q.cue().isEmpty());
            return;
        }
        Speaker s = q.speaker().orElseThrow(() -> new AssertionError("no speaker for " + q.text()));
        assertEquals(name, s.name());
        assertEquals(rule, s.rule());
        assertEquals(mention, s.mention().text());
        assertTrue(s.entity().isEmpty());
    }

    @Test
    void interruptedQuoteSharesOneGroupAndIdsFollowTextOrder() {
        List<Quote> qs = run("\u201CA deal is close,\u201D Trump said, \u201Cbut not done.\u201D Others disagreed.",
                List.of());
        assertEquals(2, qs.size());
        assertEquals("q1", qs.get(0).id());
        assertEquals("q2", qs.get(1).id());
        assertEquals(qs.get(0).group(), qs.get(1).group());
        assertEquals("g1", qs.get(0).group());
        assertEquals("said", qs.get(0).cue().orElseThrow().text());
    }

    @Test
    void multiParagraphQuoteKeepsSpeakerAcrossSegments() {
        String text = "Lavrov said:\n\u201CThe first part goes on.\n\u201CAnd it ends here.\u201D";
        List<Quote> qs = run(text, List.of());
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).closed());
        assertTrue(qs.get(1).closed());
        assertEquals(qs.get(0).group(), qs.get(1).group());
        assertEquals("Lavrov", qs.get(0).speaker().orElseThrow().name());
        assertEquals("Lavrov", qs.get(1).speaker().orElseThrow().name());
    }

    @Test
    void apostrophesAndUnbalancedMarksNeverCrash() {
        String text = "Trump\u2019s allies don\u2019t agree.\nHe said \u201Cthis never closes.\nClosing\u201D only.";
        List<Paragraph> paras = LineParagraphs.split(text);
        QuoteResult r = stage.find(text, paras, new SentenceTokenizer(models).split(text, paras), List.of());
        assertTrue(r.quotes().isEmpty());
        assertEquals(2, r.diagnostics().size());
    }

    @Test
    void entitiesGiveCanonicalNamesIdsAndGender() {
        String text = "Pat Morgan met the press on Monday.\n\u201CWe are ready,\u201D she said. \u201CReady now,\u201D Morgan added.";
        int first = text.indexOf("Pat Morgan");
        int second = text.lastIndexOf("Morgan");
        Entity pat = new Entity("e1", EntityType.PERSON, "Pat Morgan", Gender.FEMALE,
                List.of(new Mention(first, first + 10, "Pat Morgan", EntityType.PERSON, 0),
                        new Mention(second, second + 6, "Morgan", EntityType.PERSON, 1)));
        List<Quote> qs = run(text, List.of(pat));
        Speaker a = qs.get(0).speaker().orElseThrow();
        assertEquals("Pat Morgan", a.name());
        assertEquals(Optional.of("e1"), a.entity());
        assertEquals("she", a.mention().text());
        Speaker b = qs.get(1).speaker().orElseThrow();
        assertEquals(Optional.of("e1"), b.entity());
        assertEquals("Morgan", b.mention().text());
        assertEquals("Pat Morgan", b.name());
    }

    @Test
    void withoutEntitiesAnUnknownSheIsNotAMan() {
        List<Quote> qs = run("Mr. John Brown arrived late.\n\u201CI am tired,\u201D she said.", List.of());
        assertTrue(qs.get(0).speaker().isEmpty(), () -> "got " + qs.get(0).speaker());
    }

    @Test
    void manyQuotesInOneParagraphAreAllFound() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("\u201Cx\u201D and ");
        }
        List<Quote> qs = run(sb.toString(), List.of());
        assertEquals(20_000, qs.size());
        assertEquals("q20000", qs.get(19_999).id());
    }

    @Test
    void randomMixturesOfMarksNeverBreakOffsets() {
        String[] parts = {"\u201C", "\u201D", "\"", "'", "''", "``", "\u2018", "\u2019", " said ", " he ", " she ",
                "Trump", " Mr. ", ",", ".", ":", " \u2015 ", "\n", " the ", "according to ", "(", ")", "Smith",
                " told ", "WALLACE:", "-", "?"};
        java.util.Random random = new java.util.Random(7);
        for (int iter = 0; iter < 300; iter++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(50);
            for (int i = 0; i < n; i++) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            run(sb.toString(), List.of()); // checks every span against the text
        }
        assertTrue(run("", List.of()).isEmpty());
    }
}
