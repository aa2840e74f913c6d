package org.newsie.fuzz;

/**
 * How long each fuzz target is fuzzed in the {@code fuzz-*} executions of {@code mvn verify}. For a
 * longer local run, raise this (e.g. to "30m") and run {@code mvn verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; Jazzer keeps what it learned in {@code .cifuzz-corpus/}, and a
 * crashing input lands in {@code src/test/resources/org/newsie/fuzz/<Test>Inputs/} where it becomes a
 * regression test run by every build.
 */
final class FuzzSettings {
    static final String SHORT_RUN = "15s";

    private FuzzSettings() {
    }
}
