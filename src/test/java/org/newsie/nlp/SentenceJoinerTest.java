package org.newsie.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The join rules on their own: "|" marks the detector's break, the expected rule or "none". */
class SentenceJoinerTest {
    private static final SentenceJoiner JOINER = SentenceJoiner.load();

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            said Sen.|Jim Talent                  ; title-abbreviation
            SEN.|DORGAN SAYS                      ; title-abbreviation
            (Mr.|Trump declined                   ; title-abbreviation
            "Mr.|President, we mourn              ; title-abbreviation
            in St.|Louis                          ; title-abbreviation
            Lt. Gen.|Michael Flynn                ; title-abbreviation
            Rep. G.K.|Butterfield                 ; name-initial
            Susan M.|Collins                      ; name-initial
            George H.W.|Bush                      ; name-initial
            J.|Edgar Hoover                       ; name-initial
            Daniel K.|Akaka                       ; name-initial
            Apple Inc.|The company                ; none
            Martin Luther King Jr.|He won         ; none
            in the U.S.|He said                   ; none
            in the U.S.|Senate                    ; none
            vitamin C.|Researchers                ; none
            Washington, D.C.|Officials            ; none
            Main St.|The house                    ; none
            Plan B.|It failed                     ; none
            said Sen.|"We will                    ; none
            said Sen.|the senator                 ; none
            Sen.|2400 was passed                  ; none
            the sen.|Jim                          ; none
            (S.|2400)                             ; abbreviation-before-number
            on Feb.|12, the vote                  ; abbreviation-before-number
            Sept.|11 attacks                      ; abbreviation-before-number
            the No.|5 seed                        ; abbreviation-before-number
            passed H.R.|3590                      ; abbreviation-before-number
            under Sec.|101 of the law             ; abbreviation-before-number
            in the U.S.|2,000 people died         ; none
            it was no.|5 people came              ; none
            Mr.|2 votes                           ; none
            on Feb.|The vote                      ; none
            """)
    void rules(String marked, String rule) {
        int bar = marked.indexOf('|');
        String s = marked.substring(0, bar) + " " + marked.substring(bar + 1);
        String got = JOINER.joinRule(s, 0, bar, bar + 1);
        assertEquals(rule, got == null ? "none" : got, marked);
    }
}
