package checks;

import dev.fixpoint.lab.Json;

import java.util.ArrayList;
import java.util.List;

/** Compares an account (as GET /api/me shows it) with the profile a customer entered. */
final class Profiles {

    private Profiles() {
    }

    /** What differs, or null when everything is as entered and the account is still a plain customer's. */
    static String differences(Json me, String name, String email, String street, String city, String postcode, boolean newsletter) {
        if (me.isMissing()) {
            return "GET /api/me did not answer with the account";
        }
        List<String> wrong = new ArrayList<>();
        expect(wrong, "displayName", me.get("displayName").text(""), name);
        expect(wrong, "email", me.get("email").text(""), email);
        expect(wrong, "address.street", me.get("address").get("street").text(""), street);
        expect(wrong, "address.city", me.get("address").get("city").text(""), city);
        expect(wrong, "address.postcode", me.get("address").get("postcode").text(""), postcode);
        if (me.get("newsletter").bool().orElse(!newsletter) != newsletter) {
            wrong.add("newsletter is not " + newsletter);
        }
        if (!me.get("role").text("customer").equalsIgnoreCase("customer")) {
            wrong.add("role is not customer");
        }
        return wrong.isEmpty() ? null : String.join(", ", wrong);
    }

    private static void expect(List<String> wrong, String field, String actual, String expected) {
        if (!expected.equals(actual)) {
            wrong.add(field + " is \"" + actual + "\", not \"" + expected + "\"");
        }
    }
}
