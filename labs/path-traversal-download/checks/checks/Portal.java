package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloading and uploading documents through the portal's API, as the checks do. */
final class Portal {

    private Portal() {
    }

    static Response download(CheckContext context, String name) {
        return context.send("portal", Request.get("/files/download?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
    }

    static Response upload(CheckContext context, String name, String content) {
        return context.send("portal", Request.post("/files/upload?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                "application/octet-stream", content));
    }
}
