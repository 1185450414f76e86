package ferry;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Who may sign in: the member table, with the password hash as it is stored. */
@Service
public class MemberDetailsService implements UserDetailsService {

    private final MemberRepository members;

    public MemberDetailsService(MemberRepository members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
        Member member = members.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(member.username()).password(member.password()).roles("MEMBER").build();
    }
}
