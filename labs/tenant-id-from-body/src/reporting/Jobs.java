package reporting;

import dev.fixpoint.lab.Json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Export jobs and their results. Exports are small, so a job runs as soon as it is created and is kept, finished, for downloads. */
public final class Jobs {

    /** A finished export job of one workspace. */
    public record Job(long id, String tenantId, String report, String requestedBy, List<Json> rows) {

        public Json json() {
            return Json.object("id", id, "tenantId", tenantId, "report", report, "status", "done", "requestedBy", requestedBy,
                    "rows", rows);
        }
    }

    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public Job run(String tenantId, String report, String requestedBy, List<Json> rows) {
        Job job = new Job(ids.incrementAndGet(), tenantId, report, requestedBy, List.copyOf(rows));
        jobs.put(job.id(), job);
        return job;
    }

    public Optional<Job> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }
}
