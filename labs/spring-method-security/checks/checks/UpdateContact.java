package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

/** Erin updates her e-mail address and phone number and reads them back. */
public class UpdateContact implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        People people = new People(context);
        String email = context.randomName("erin") + "@larkspur.example";
        String phone = "+44 7700 9" + (10000 + context.random().nextInt(90000));
        Reply updated = people.employee().patch("/api/me").json("email", email, "phone", phone).send();
        if (updated.status() != 200) {
            return CheckResult.fail("Erin's PATCH /api/me with a new e-mail address and phone number answered " + updated.status() + ", not 200.");
        }
        Reply mine = people.employee().get("/api/me").send();
        boolean kept = mine.status() == 200 && email.equals(mine.json().get("email").text(""))
                && phone.equals(mine.json().get("phone").text(""));
        return CheckResult.passIf(kept, "Erin updates her contact details.",
                "After Erin's PATCH /api/me, GET /api/me answered " + mine.status() + " without her new contact details.");
    }
}
