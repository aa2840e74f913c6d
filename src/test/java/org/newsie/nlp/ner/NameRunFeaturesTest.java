package org.newsie.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capitalized-run features: sentence; token index; expected features of that token (space-separated). */
class NameRunFeaturesTest {
    @ParameterizedTest(name = "{0} @{1}")
    @CsvSource(delimiter = ';', value = {
        // a long name held together by connectors, organization word inside
        "He chairs the Australian Centre for Control of Iodine Deficiency Disorders . ; 3 ; run=B5+ run-conn=B run-last=disorders run-org=in|B run-org=in|before",
        "He chairs the Australian Centre for Control of Iodine Deficiency Disorders . ; 5 ; run=I5+ run-conn=I|for run-last=disorders run-org=in|I run-org=in|after",
        // the last word itself gets no run-last feature
        "He chairs the Australian Centre for Control of Iodine Deficiency Disorders . ; 10 ; run=E5+ run-conn=E run-org=in|E run-org=in|after",
        // organization word at the start, at the end
        "She spoke for the Ministry of Foreign Affairs on Monday .  ; 4 ; run=B4 run-conn=B run-last=affairs run-org=start|B run-org=start|at",
        "He bought Cargill Ferrous International Inc. shares .       ; 3 ; run=I4 run-last=inc. run-org=end|I run-org=end|before",
        // a place word
        "They met at Platt 's Music Hall on Market Street .      ; 8 ; run=B2 run-last=street run-loc=end|B run-loc=end|before",
        // a run without an organization word: position only
        "Yesterday Donald Trump met Keir Starmer in London .       ; 1 ; run=I3 run-last=trump",
        // a connector needs capitals on both sides; a single capitalized token is no run
        "Talks of peace went on in Kyiv .                          ; 0 ; ",
        "Talks of peace went on in Kyiv .                          ; 6 ; ",
        // mostly capitalized sentences (headlines) have no runs
        "Putin Brushed Off Trump Peace Plan , Kremlin Says         ; 0 ; ",
        "PUTIN MET TRUMP IN ALASKA ON FRIDAY .                     ; 0 ; ",
    })
    void features(String sentence, int index, String expected) {
        String[] tokens = sentence.trim().split(" ");
        List<List<String>> f = NameRunFeatures.compute(tokens, NerResources.get());
        assertEquals(tokens.length, f.size());
        // the last word's cluster id depends on clusters.tsv: only its presence is checked
        List<String> actual = f.get(index).stream().filter(x -> !x.startsWith("run-lastc=")).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.trim().split(" ")), actual);
        assertEquals(actual.stream().anyMatch(x -> x.startsWith("run-last=")), f.get(index).stream().anyMatch(x -> x.startsWith("run-lastc=")));
    }
}
