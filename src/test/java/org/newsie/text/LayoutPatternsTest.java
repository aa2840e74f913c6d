package org.newsie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.newsie.text.LayoutPatterns.Rule;
import org.newsie.text.LayoutPatterns.Scope;

/** Each pattern of layout-patterns.tsv with paragraphs it must and must not match. */
class LayoutPatternsTest {
    private static final LayoutPatterns PATTERNS = LayoutPatterns.load();

    private static Rule rule(String name) {
        return PATTERNS.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyPatternIsTestedHere() {
        Set<String> tested = Set.of("byline", "write-to", "read-more", "must-reads", "subscribe", "advertisement",
                "photo-credit", "share", "copyright", "media-release", "caps-dash", "place-state-dash", "place-date",
                "weekday-date");
        assertEquals(tested, PATTERNS.rules().stream().map(Rule::name).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0} matches \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            byline        | By Nik Popli                                             | true
            byline        | BY MARK NIESSE                                           | true
            byline        | By the time the vote came, the bill was dead.            | false
            byline        | By Tuesday, the bill was dead.                           | true
            byline        | Bystanders said the car was speeding.                    | false
            write-to      | Write to Nik Popli at nik.popli@time.com                 | true
            write-to      | Contact Jane Doe at jane@example.org.                    | true
            write-to      | Write to your senator about the bill.                    | false
            read-more     | Read more: How Putin Brushed Off Trump’s Latest Push     | true
            read-more     | READ MORE: Ukraine talks stall                           | true
            read-more     | Related: The war in Ukraine                              | true
            read-more     | Read the full story here.                                | false
            read-more     | Readers wrote more letters: hundreds of them.            | false
            must-reads    | More Must-Reads from TIME                                | true
            must-reads    | Most Popular                                             | true
            must-reads    | More than 100 people were killed.                        | false
            subscribe     | Subscribe to our newsletter for the latest news          | true
            subscribe     | Sign up for The Morning newsletter                       | true
            subscribe     | Subscribers to the plan pay less.                        | false
            advertisement | Advertisement                                            | true
            advertisement | ADVERTISEMENT                                            | true
            advertisement | Advertisements for the product ran for weeks.            | false
            photo-credit  | Photo: Evan Vucci/AP                                     | true
            photo-credit  | (Photo by Chip Somodevilla/Getty Images)                 | true
            photo-credit  | President Trump at the White House. Evan Vucci—AP        | true
            photo-credit  | Photographers were kept outside the hall.                | false
            share         | Share this article                                       | true
            share         | Follow us on Twitter                                     | true
            share         | Click here to read the full report                       | true
            share         | Shares fell 3% on Monday.                                | false
            copyright     | © 2025 TIME USA, LLC. All Rights Reserved.               | true
            copyright     | Copyright 2007 The Associated Press                      | true
            copyright     | Copyrighted material was removed from the site.          | false
            media-release | Media Release                                            | true
            media-release | FOR IMMEDIATE RELEASE                                    | true
            media-release | The media released the footage on Monday.                | false
            """)
    void wholeParagraphPatterns(String name, String paragraph, boolean expected) {
        assertEquals(expected, rule(name).pattern().matcher(paragraph).matches(), name + " on " + paragraph);
    }

    @ParameterizedTest(name = "{0} finds \"{2}\" in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            caps-dash        | WASHINGTON — President Donald Trump said on Tuesday     | WASHINGTON
            caps-dash        | HONOLULU (AP) _ U.S. Sen. Daniel Akaka says              | HONOLULU (AP)
            caps-dash        | KYIV, Ukraine — Air raid sirens sounded                  | KYIV, Ukraine
            caps-dash        | U.S. Sen. Daniel Akaka says the department must change   |
            place-state-dash | Washington, D.C. - Senator Daniel K. Akaka (D-HI) said   | Washington, D.C.
            place-state-dash | Trump, who met Putin - and lost - said                   |
            place-date       | ROME 1996-12-06 Italy's centre-left government said     | ROME 1996-12-06
            place-date       | ROME was quiet on 1996-12-06                             |
            weekday-date     | Friday, August 21, 2015                                  | Friday, August 21, 2015
            weekday-date     | Friday, August 21, 2015 was a hot day.                   |
            """)
    void datelinePatterns(String name, String paragraph, String expected) {
        Matcher m = rule(name).pattern().matcher(paragraph);
        if (expected == null) {
            assertFalse(m.lookingAt(), name + " should not match " + paragraph);
        } else {
            assertTrue(m.lookingAt(), name + " should match " + paragraph);
            assertEquals(expected, m.group("dateline"));
        }
    }

    @Test
    void scopesAreParsed() {
        assertEquals(Scope.LIST, rule("must-reads").scope());
        assertEquals(Scope.AUTHOR, rule("write-to").scope());
        assertEquals(Scope.BYLINE, rule("byline").scope());
    }

    @Test
    void badLinesAreReportedWithTheirLineNumber() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LayoutPatterns.parse("# c\nname\tboilerplate\t(unclosed\n", "p.tsv"));
        assertTrue(e.getMessage().startsWith("p.tsv:2:"), e.getMessage());
    }
}
