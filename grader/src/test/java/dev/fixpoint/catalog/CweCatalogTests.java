package dev.fixpoint.catalog;

import dev.fixpoint.catalog.CweCatalog.Cwe;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CweCatalogTests {

    private final CweCatalog cwes = CweCatalog.bundled();

    @Test
    void givesATitleAndItsParentInTheResearchView() {
        assertThat(cwes.find(564)).contains(new Cwe(564, "SQL Injection: Hibernate", 89));
    }

    @Test
    void readsQuotedTitlesThatContainCommasWhole() {
        assertThat(cwes.find(323).orElseThrow().title()).isEqualTo("Reusing a Nonce, Key Pair in Encryption");
        assertThat(cwes.find(323).orElseThrow().parent()).isEqualTo(344);
    }

    @Test
    void ancestorsRunFromTheNearestParentUpToThePillar() {
        assertThat(cwes.ancestors(564)).extracting(Cwe::id).containsExactly(89, 943, 74, 707);
    }

    @Test
    void anUnknownIdHasNoEntryAndNoAncestors() {
        assertThat(cwes.find(99999)).isEmpty();
        assertThat(cwes.ancestors(99999)).isEmpty();
    }
}
