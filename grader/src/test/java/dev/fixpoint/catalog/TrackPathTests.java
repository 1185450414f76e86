package dev.fixpoint.catalog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrackPathTests {

    private static LabManifest lab(String id, int difficulty, String... prerequisites) {
        return new LabManifest(id, "Lab " + id, "", "java", List.of(), List.of("backend"), difficulty, List.of(89), List.of(),
                List.of(), List.of(), 10, List.of(prerequisites), List.of(), List.of(), List.of(), List.of(), Set.of(), null, List.of());
    }

    @Test
    void labsGoByLevelAndEachComesAfterItsPrerequisites() {
        // "basics" sorts after "access" by name, but "access" needs it: the path puts it first.
        TrackPath path = TrackPath.of("backend", List.of(lab("chain", 5, "tokens"), lab("access", 1, "basics"), lab("basics", 1),
                lab("tokens", 3, "access"), lab("ops-only", 2)));

        assertThat(path.levels().keySet()).containsExactly(1, 2, 3, 5);
        assertThat(path.labs()).extracting(LabManifest::id).containsExactly("basics", "access", "ops-only", "tokens", "chain");
        assertThat(TrackPath.levelName(1)).isEqualTo("Basic patterns");
        assertThat(TrackPath.levelName(5)).isEqualTo("Multi-step chains");
    }

    @Test
    void theNextLabIsTheFirstUnsolvedOneWhosePrerequisitesAreSolved() {
        TrackPath path = TrackPath.of("backend", List.of(lab("basics", 1), lab("access", 1, "basics"), lab("tokens", 3, "access"), lab("other", 2)));

        assertThat(path.next(Set.of())).map(LabManifest::id).contains("basics");
        assertThat(path.next(Set.of("basics"))).map(LabManifest::id).contains("access");
        // Solving out of order: what is open next is the first lab whose prerequisites are done.
        assertThat(path.next(Set.of("basics", "other"))).map(LabManifest::id).contains("access");
        assertThat(path.next(Set.of("basics", "access", "other", "tokens"))).isEmpty();
    }

    @Test
    void prerequisitesThatGoRoundOrAreHarderThanTheLabAreProblemsNamingTheFile() {
        List<String> problems = TrackPath.problems(List.of(lab("a", 2, "b"), lab("b", 2, "a"), lab("easy", 1, "hard"), lab("hard", 3)));

        assertThat(problems).containsExactlyInAnyOrder(
                "labs/a/lab.yaml: prerequisites: lead back to a itself",
                "labs/b/lab.yaml: prerequisites: lead back to b itself",
                "labs/easy/lab.yaml: prerequisites: 'hard' is harder (difficulty 3) than this lab (1); a path goes from easier to harder");
    }

    @Test
    void theBundledBackendTrackIsAPathThatStartsWithABasicLab() {
        LabCatalog catalog = LabCatalog.load(Path.of(System.getProperty("fixpoint.labs", "../labs")));
        List<LabManifest> manifests = catalog.labs().stream().map(Lab::manifest).toList();
        TrackPath path = TrackPath.of("backend", manifests);

        assertThat(TrackPath.problems(manifests)).isEmpty();
        assertThat(path.labs()).hasSize((int) manifests.stream().filter(lab -> lab.tracks().contains("backend")).count());
        List<String> seen = new ArrayList<>();
        for (LabManifest lab : path.labs()) {
            assertThat(seen).as(lab.id() + " comes after its prerequisites").containsAll(lab.prerequisites());
            seen.add(lab.id());
        }
        assertThat(path.next(Set.of())).map(LabManifest::difficulty).contains(1);
        assertThat(path.labs()).as("labs build on others").anyMatch(lab -> !lab.prerequisites().isEmpty());
    }
}
