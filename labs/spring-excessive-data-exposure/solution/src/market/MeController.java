package market;

import market.Responses.MyAccount;
import market.Responses.PublicMember;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/me")
public class MeController {

    private final MemberRepository members;

    public MeController(MemberRepository members) {
        this.members = members;
    }

    /** The signed-in member's account page: their own contact details included. */
    @GetMapping
    public MyAccount me(Authentication caller) {
        return MyAccount.of(current(caller));
    }

    /** The members the signed-in member follows. */
    @GetMapping("/following")
    public List<PublicMember> following(Authentication caller) {
        return members.followedBy(current(caller).id()).stream().map(PublicMember::of).toList();
    }

    private Member current(Authentication caller) {
        return members.findByUsername(caller.getName()).orElseThrow();
    }
}
