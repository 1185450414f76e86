package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;
import dev.fixpoint.lab.check.User;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/** The document vault as the checks use it: sign-up, HTTP Basic, archive uploads and downloads. */
final class Vault {

    private final CheckContext context;
    private final Client client;

    Vault(CheckContext context) {
        this.context = context;
        this.client = Client.of(context, "vault");
    }

    User signUp(String prefix) throws SetupFailedException {
        return signUpAs(context.randomName(prefix));
    }

    /** Signs up a user with exactly this name and a random password. */
    User signUpAs(String name) throws SetupFailedException {
        String password = context.randomName("pw");
        client.post("/api/signup").json("username", name, "password", password)
                .expect("signing up " + name + " through POST /api/signup", 200, 201);
        Session basic = Session.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return new User(name, password, basic);
    }

    /** Uploads the archive as {@code user}: {@code multipart} (the web page's form) or {@code raw} (the sync client's body). */
    Reply upload(User user, AsciiZip zip, String how) {
        Client as = client.as(user.session());
        return switch (how) {
            case "multipart" -> {
                String boundary = "----vault" + context.randomName("form").replace("-", "");
                String body = "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"archive\"; filename=\"documents.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n"
                        + zip.text() + "\r\n--" + boundary + "--\r\n";
                yield as.post("/api/archives").body("multipart/form-data; boundary=" + boundary, body).send();
            }
            case "raw" -> as.post("/api/archives").body("application/zip", zip.text()).send();
            default -> throw new IllegalArgumentException("upload must be multipart or raw");
        };
    }

    Reply list(User user) {
        return client.as(user.session()).get("/api/files").send();
    }

    /** GET /api/files/... for a path of folders and a file, each segment percent-encoded. */
    Reply download(User user, String path) {
        String target = Arrays.stream(path.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return client.as(user.session()).get("/api/files/" + target).send();
    }
}
