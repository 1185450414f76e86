package market;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface MemberRepository extends ListCrudRepository<Member, Long> {

    Optional<Member> findByUsername(String username);

    List<Member> findByDisplayNameContainingIgnoreCaseOrderByUsername(String text);

    @Query("SELECT m.* FROM member m JOIN follow f ON f.followed_id = m.id WHERE f.follower_id = :follower ORDER BY m.username")
    List<Member> followedBy(Long follower);
}
