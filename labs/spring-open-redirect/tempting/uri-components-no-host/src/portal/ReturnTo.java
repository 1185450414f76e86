package portal;

import org.springframework.web.util.UriComponentsBuilder;

/** Where to send a customer back to after a link or an action: the page they came from, or the home page. */
public final class ReturnTo {

    public static final String HOME = "/home";

    private ReturnTo() {
    }

    /** The page the customer asked to go back to, or the home page when it is missing or not on this site. */
    public static String orHome(String requested) {
        if (requested == null || requested.isBlank()) {
            return HOME;
        }
        // a relative link has no host: anything with a host would leave the portal
        return UriComponentsBuilder.fromUriString(requested).build().getHost() == null ? requested : HOME;
    }
}
