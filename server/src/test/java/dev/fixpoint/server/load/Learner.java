package dev.fixpoint.server.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated learner, doing in a loop what the browser does for a person: the dashboard, the catalog, a lab
 * page, drafts saved as they type, Run checks, and asking for the result as the page does until the verdict is in.
 */
final class Learner {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER_META = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    private static final Pattern SUBMISSION = Pattern.compile("submission=([0-9a-f-]{36})");
    private static final Pattern VERDICT = Pattern.compile("class=\"verdict verdict-([A-Z_]+)\"");
    private static final Pattern ALERT = Pattern.compile("role=\"alert\">([^<]*)<");
    /** The lab page's htmx polling delay, which the server sets by the submission's place in the queue. */
    private static final Pattern POLL_DELAY = Pattern.compile("hx-trigger=\"load delay:(\\d+)ms\"");
    private static final Pattern ASK_AGAIN = Pattern.compile("hx-get=\"([^\"]+)\"");

    /** A submission this learner made and the verdict its code deserves. */
    private record Submitted(String id, Fix fix) {
    }

    private final String username;
    private final String password;
    private final List<Fix> fixes;
    private final Random random;
    private final LoadStats stats;
    private final WebSession web;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Submitted> submitted = new ArrayList<>();

    Learner(String username, String password, List<Fix> fixes, long seed, WebSession web, LoadStats stats) {
        this.username = username;
        this.password = password;
        this.fixes = fixes;
        this.random = new Random(seed);
        this.web = web;
        this.stats = stats;
    }

    int submissions() {
        return submitted.size();
    }

    /**
     * Signs in, then works on labs until the deadline (finishing the attempt in progress), waiting for each
     * verdict until verdictDeadline at the latest, and finally checks its history through the API.
     */
    void run(long deadline, long verdictDeadline) throws InterruptedException {
        try {
            signIn();
        } catch (IOException | RuntimeException e) {
            stats.error("sign-in failed: " + describe(e));
            return;
        }
        while (System.nanoTime() < deadline) {
            try {
                attempt(fixes.get(random.nextInt(fixes.size())), verdictDeadline);
            } catch (IOException | RuntimeException e) {
                stats.error(describe(e));
                // A person who got an error page looks at it before trying again.
                Thread.sleep(1000);
            }
        }
        try {
            checkHistory();
        } catch (IOException | RuntimeException e) {
            stats.error("history check failed: " + describe(e));
        }
    }

    private void signIn() throws IOException, InterruptedException {
        String page = web.get("/login", Kind.PAGE, "sign-in page", 200).body();
        WebSession.Answer answer = web.postForm("/login", Map.of("username", username, "password", password, "_csrf", find(CSRF_FIELD, page)),
                Map.of(), Kind.SIGN_IN, "sign-in", 302);
        if (answer.location().contains("error")) {
            throw new WebSession.UnexpectedAnswer("sign-in refused: redirected to " + answer.location());
        }
    }

    private void attempt(Fix fix, long verdictDeadline) throws IOException, InterruptedException {
        web.get("/", Kind.PAGE, "dashboard", 200);
        web.get("/labs", Kind.PAGE, "catalog", 200);
        String lab = "/labs/" + fix.labId();
        String page = web.get(lab, Kind.PAGE, "lab page", 200).body();
        CompletableFuture<WebSession.Answer> lastSave = type(fix, Map.of(find(CSRF_HEADER_META, page), find(CSRF_META, page)));
        think(0, 300);
        long start = System.nanoTime();
        Map<String, String> form = new HashMap<>();
        fix.files().forEach((path, content) -> form.put("file:" + path, content));
        form.put("_csrf", find(CSRF_FIELD, page));
        String result = web.postForm(lab + "/submit", form, Map.of("HX-Request", "true"), Kind.SUBMIT, "Run checks", 200).body();
        if (result.contains("class=\"error card\"")) {
            throw new WebSession.UnexpectedAnswer("Run checks refused: " + find(ALERT, result));
        }
        String id = find(SUBMISSION, result);
        submitted.add(new Submitted(id, fix));
        stats.submitted(start);
        String verdict = awaitVerdict(lab, id, result, verdictDeadline);
        long seen = System.nanoTime();
        stats.time(Kind.VERDICT, seen - start);
        stats.verdict(verdict, seen);
        if (!verdict.equals(fix.verdict())) {
            stats.error(fix.labId() + ": expected " + fix.verdict() + ", the page showed " + verdict);
        }
        WebSession.await(lastSave);
        think(500, 1500);
    }

    /**
     * Types the fix in bursts, each autosaved; the autosave of the last burst is left on its way, since the page
     * does not wait for it before Run checks can be pressed.
     */
    private CompletableFuture<WebSession.Answer> type(Fix fix, Map<String, String> csrfHeader) throws IOException, InterruptedException {
        String draft = "/api/v1/labs/" + fix.labId() + "/draft";
        int bursts = 1 + random.nextInt(4);
        for (int burst = 1; burst < bursts; burst++) {
            think(400, 1000);
            web.putJson(draft, json.writeValueAsString(Map.of("files", typing(fix, burst))), csrfHeader, Kind.DRAFT, "draft save", 204);
        }
        think(400, 1000);
        return web.putJsonInBackground(draft, json.writeValueAsString(Map.of("files", fix.files())), csrfHeader, Kind.DRAFT, "draft save", 204);
    }

    /**
     * Asks for the result as htmx does, at the address and after the delay each answer names (none: at once, and the server
     * holds the request until the verdict is in), until it asks no more; returns the verdict shown.
     */
    private String awaitVerdict(String lab, String id, String result, long verdictDeadline) throws IOException, InterruptedException {
        for (Matcher again = ASK_AGAIN.matcher(result); again.find(); again = ASK_AGAIN.matcher(result)) {
            if (System.nanoTime() > verdictDeadline) {
                throw new WebSession.UnexpectedAnswer("no verdict before the learners stopped waiting");
            }
            Matcher delay = POLL_DELAY.matcher(result);
            if (delay.find()) {
                Thread.sleep(Long.parseLong(delay.group(1)));
            }
            String next = again.group(1).replace("&amp;", "&");
            if (!next.startsWith(lab + "/result?submission=" + id)) {
                throw new WebSession.UnexpectedAnswer("the result asks again at " + next);
            }
            result = web.get(next, Kind.POLL, "result poll", 200).body();
        }
        Matcher verdict = VERDICT.matcher(result);
        if (!verdict.find()) {
            throw new WebSession.UnexpectedAnswer("grading failed: " + find(ALERT, result));
        }
        return verdict.group(1);
    }

    /** Every submission this learner made is in its history through the API, DONE with the right verdict; no other is. */
    private void checkHistory() throws IOException, InterruptedException {
        Map<String, Submitted> mine = new TreeMap<>();
        submitted.forEach(submission -> mine.put(submission.id(), submission));
        for (String labId : submitted.stream().map(submission -> submission.fix().labId()).distinct().toList()) {
            JsonNode history = json.readTree(web.get("/api/v1/labs/" + labId + "/submissions", Kind.HISTORY, "history (API)", 200).body());
            for (JsonNode view : history) {
                Submitted submission = mine.remove(view.get("id").asString());
                if (submission == null) {
                    stats.error(labId + ": the history has a submission the learner never made");
                } else if (!"DONE".equals(view.get("status").asString())) {
                    stats.error(labId + ": a submission is " + view.get("status").asString() + " after the run");
                } else if (!submission.fix().verdict().equals(view.get("report").get("verdict").asString())) {
                    stats.error(labId + ": the API shows " + view.get("report").get("verdict").asString() + " for " + submission.fix().verdict());
                } else {
                    stats.confirm();
                    stats.time(Kind.GRADER, view.get("report").get("timings").get("totalMs").asLong() * 1_000_000);
                }
            }
        }
        mine.values().forEach(lost -> stats.error(lost.fix().labId() + ": a submission is missing from the history"));
    }

    /** The files part-way through typing: the final text with a line still being written. */
    private static Map<String, String> typing(Fix fix, int step) {
        Map<String, String> files = new TreeMap<>(fix.files());
        files.replaceAll((path, content) -> content + "\n// still typing, step " + step + "\n");
        return files;
    }

    private void think(int minMillis, int maxMillis) throws InterruptedException {
        Thread.sleep(minMillis + random.nextInt(maxMillis - minMillis));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new WebSession.UnexpectedAnswer("the page has no " + pattern.pattern());
        }
        return matcher.group(1);
    }

    private static String describe(Exception e) {
        return e instanceof WebSession.UnexpectedAnswer ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
