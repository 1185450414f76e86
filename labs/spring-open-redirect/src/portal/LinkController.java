package portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The links in the shop's e-mails ("Your order has shipped", "Your invoice is ready") point at /go?to=/orders/...,
 * so that marketing can count the clicks in the access log before the customer lands on the page.
 */
@Controller
public class LinkController {

    @GetMapping("/go")
    public String go(@RequestParam(required = false) String to) {
        return "redirect:" + ReturnTo.orHome(to);
    }
}
