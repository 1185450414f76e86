package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user uploads an archive of nested folders, with spaces and punctuation in names, and finds every file
 * listed and downloadable at its path. Params: {@code upload}: {@code multipart} or {@code raw}; {@code windows}:
 * {@code true} for an archive made on Windows (backslashes between folders).
 */
public class UploadArchive implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Vault vault = new Vault(context);
        User user = vault.signUp("user");
        boolean windows = Boolean.parseBoolean(context.params().getOrDefault("windows", "false"));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("report.txt", "Quarterly report " + context.randomName("r"));
        files.put("2024/q1/summary.csv", "month,total\njan," + context.random().nextInt(1000));
        files.put("notes/meeting notes (final).txt", "Action items " + context.randomName("a"));
        files.put("photos/Alex's birthday & party, 2024.txt", "Légende: été " + context.randomName("p"));
        AsciiZip zip = new AsciiZip();
        if (!windows) {
            zip.add("2024/", "").add("2024/q1/", "");
        }
        files.forEach((path, content) -> zip.add(windows ? path.replace('/', '\\') : path, content));
        Reply upload = vault.upload(user, zip, context.params().getOrDefault("upload", "multipart"));
        if (upload.status() != 201) {
            return CheckResult.fail("Uploading an archive of " + files.size() + " documents answered " + upload.status()
                    + " instead of 201: " + upload.body());
        }
        Reply list = vault.list(user);
        List<String> listed = list.json().get("files").items().stream().map(item -> item.text("")).toList();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!listed.contains(file.getKey())) {
                return CheckResult.fail("After the upload, GET /api/files (" + list.status() + ") does not list "
                        + file.getKey() + ": " + list.body());
            }
            Reply download = vault.download(user, file.getKey());
            if (download.status() != 200 || !download.body().strip().equals(file.getValue())) {
                return CheckResult.fail("Downloading " + file.getKey() + " answered " + download.status()
                        + " without the content uploaded: " + download.body());
            }
        }
        return CheckResult.pass("Every document of the archive (" + String.join(", ", files.keySet()) + ") is listed and downloads as uploaded.");
    }
}
