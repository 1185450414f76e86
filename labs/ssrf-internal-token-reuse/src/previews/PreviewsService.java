package previews;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.kit.net.Network;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;

/** The shop's link-preview service: the product reviews and the support chat show a card for every link posted. */
public class PreviewsService implements LabService {

    private static final String NEWS = "93.184.215.14";
    private static final String BLOG = "93.184.215.15";
    private static final String SMALL_SITES = "93.184.215.20";
    private static final String BILLING = "10.0.8.21";

    /**
     * The network the previews service runs in: the public internet (news.example, blog.example and every site under
     * example.org, on any port), the cluster's DNS, in which billing has several names, and someone else's zone that
     * points into the cluster.
     */
    static Network network(ServiceContext context) {
        return Network.builder()
                .host("news.example", NEWS)
                .host("www.news.example", NEWS)
                .host("blog.example", BLOG)
                .host("*.example.org", SMALL_SITES)
                .host("billing", BILLING)
                .host("billing.internal", BILLING)
                .host("billing.payments.svc.cluster.local", BILLING)
                .host("*.attacker.example", BILLING)
                .web(NEWS, "web")
                .web(BLOG, "web")
                .web(SMALL_SITES, "web")
                .service(BILLING, 8080, "billing")
                .userAgent("ShopLinkPreview/1.4")
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
