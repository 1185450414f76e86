package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Exposure;
import dev.fixpoint.catalog.LabManifest.Origin;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.ServiceUnreachableException;
import dev.fixpoint.lab.host.RecordingCheckContext;
import dev.fixpoint.lab.host.Transport;
import dev.fixpoint.sandbox.WorkerGoneException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a lab's checks against running services, in a random order, each with a fresh context, and turns
 * their outcomes into reports. A worker that dies stops the run; the checks not yet run are left out.
 */
final class CheckRunner {

    private CheckRunner() {
    }

    /** The reports of the checks that ran, in manifest order, and the worker's death if it died. */
    record Outcome(List<CheckReport> reports, WorkerGoneException gone) {
    }

    static Outcome run(Lab lab, CheckSuite suite, Transport transport, Map<String, String> secrets, Random random) {
        LabManifest manifest = lab.manifest();
        Set<String> publicServices = manifest.services().stream().filter(service -> service.exposure() == Exposure.PUBLIC)
                .map(LabManifest.ServiceSpec::name).collect(Collectors.toSet());
        Set<String> allServices = manifest.services().stream().map(LabManifest.ServiceSpec::name).collect(Collectors.toSet());
        List<CheckSpec> order = new ArrayList<>(manifest.checks());
        Collections.shuffle(order, random);
        Map<String, CheckReport> reports = new LinkedHashMap<>();
        WorkerGoneException gone = null;
        for (CheckSpec spec : order) {
            RecordingCheckContext context = new RecordingCheckContext(transport, spec.from() == Origin.INSIDE ? allServices : publicServices,
                    secrets, spec.params(), new Random(random.nextLong()));
            CheckResult result;
            boolean timedOut = false;
            try {
                Check check = suite.instantiate(spec.className());
                result = check.run(context);
                if (result == null) {
                    result = CheckResult.fail("the check returned no result");
                }
            } catch (WorkerGoneException e) {
                gone = e;
                break;
            } catch (ServiceUnreachableException e) {
                timedOut = e.timedOut();
                result = CheckResult.fail("no response from the service: " + e.getMessage());
            } catch (Exception e) {
                result = CheckResult.fail("the check could not complete: " + e);
            }
            boolean exploitGotThrough = spec.kind() == CheckKind.EXPLOIT && !result.passed();
            reports.put(spec.name(), new CheckReport(spec.name(), spec.kind(), spec.visibility(), result.passed(), result.message(),
                    exploitGotThrough ? spec.explanation() : null, exploitGotThrough ? context.transcript() : List.of(), timedOut));
            if (timedOut) {
                // A service that hangs once will hang again: the learner gets the verdict now, not after every check waits.
                break;
            }
        }
        List<CheckReport> inManifestOrder = manifest.checks().stream().map(spec -> reports.get(spec.name()))
                .filter(java.util.Objects::nonNull).toList();
        return new Outcome(inManifestOrder, gone);
    }
}
