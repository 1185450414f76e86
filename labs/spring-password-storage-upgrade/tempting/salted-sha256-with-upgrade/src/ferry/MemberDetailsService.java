package ferry;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who may sign in: the member table, with the password hash as it is stored. As a UserDetailsPasswordService it also
 * stores the new hash that Spring Security computes when a member signs in with an outdated one.
 */
@Service
public class MemberDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final MemberRepository members;

    public MemberDetailsService(MemberRepository members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
        Member member = members.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(member.username()).password(member.password()).roles("MEMBER").build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        members.updatePassword(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
