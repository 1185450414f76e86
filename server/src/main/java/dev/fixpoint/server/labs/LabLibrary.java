package dev.fixpoint.server.labs;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;
import dev.fixpoint.grading.Installation;
import dev.fixpoint.grading.LabRuntime;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The labs this installation serves, loaded and validated at start-up. A lab with problems is left out and its
 * problems are logged, naming the file and the field.
 */
@Component
public class LabLibrary {

    private static final System.Logger LOG = System.getLogger(LabLibrary.class.getName());

    private final LabCatalog catalog;

    LabLibrary(LabsProperties settings) {
        this.catalog = LabCatalog.load(settings.labs(), LabRuntime.offered(Installation.detect()));
        catalog.problems().forEach(problem -> LOG.log(System.Logger.Level.ERROR, "invalid lab: " + problem));
    }

    public List<Lab> labs() {
        return catalog.labs();
    }

    /** The labs as a catalog, for matching scanner findings to labs. */
    public LabCatalog catalog() {
        return catalog;
    }

    /** Each lab's title by its id, so that pages name labs by title. */
    public Map<String, String> titles() {
        return catalog.labs().stream().collect(Collectors.toUnmodifiableMap(Lab::id, lab -> lab.manifest().title()));
    }

    public Optional<Lab> find(String id) {
        return catalog.find(id);
    }
}
