package chat;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.kit.net.Network;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.util.List;

/** The chat app's API, as far as this lab goes: link previews for the messages users post. */
public class ChatService implements LabService {

    private static final String NEWS = "93.184.215.14";
    private static final String BLOG = "93.184.215.15";
    private static final String ATTACKER_SERVER = "93.184.215.16";
    private static final String METADATA = "169.254.169.254";
    private static final String METADATA_V6 = "fd00:ec2::254";
    private static final String PRIVATE = "10.0.3.7";

    /**
     * The network the chat app runs in: the public internet (every port), someone else's DNS zone, the cloud's
     * instance metadata service (port 80) and this machine's management port 9090, at loopback and at its
     * private address.
     */
    static Network network(ServiceContext context) {
        return Network.builder()
                .host("news.example", NEWS)
                .host("www.news.example", NEWS)
                .host("blog.example", BLOG)
                .host("metadata.internal", METADATA)
                .host("metadata.google.internal", METADATA)
                .host("localhost", "127.0.0.1", "::1")
                .host("attacker.example", METADATA)
                .host("*.attacker.example", METADATA)
                // A zone with a zero TTL whose server answers with a harmless address first, then with the metadata service.
                .rebinding("*.rebind.attacker.example", List.of(ATTACKER_SERVER), List.of(METADATA))
                .web(NEWS, "web")
                .web(BLOG, "web")
                .web(ATTACKER_SERVER, "web")
                .service(METADATA, 80, "metadata")
                .service(METADATA_V6, 80, "metadata")
                .service("127.0.0.1", 9090, "management")
                .service(PRIVATE, 9090, "management")
                .userAgent("ChatLinkPreview/2.3")
                .build(context);
    }

    @Override
    public Router start(ServiceContext context) {
        Network network = network(context);
        LinkPreviewer previewer = new LinkPreviewer(network.dns(), network.fetcher());
        return new Router().post("/previews", request -> {
            String url = Json.tryParse(request.body())
                    .orElseThrow(() -> HttpError.badRequest("the body must be JSON: {\"url\": \"...\"}"))
                    .get("url").text("");
            if (url.isBlank()) {
                throw HttpError.badRequest("url is required");
            }
            try {
                Preview preview = previewer.preview(url);
                return Answer.json(200, "url", preview.url(), "title", preview.title(), "snippet", preview.snippet());
            } catch (InvalidLinkException e) {
                throw HttpError.badRequest(String.valueOf(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                return Answer.json(502, "error", "could not fetch the link: " + e.getMessage());
            }
        });
    }
}
