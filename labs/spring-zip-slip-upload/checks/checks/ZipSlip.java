package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

/**
 * A victim uploads notes.txt; an attacker then uploads an archive whose entries are named to land on it. The attack
 * got through when the victim's notes.txt now holds the attacker's text. Params: {@code entries}, the entry names
 * separated by " | ", where {victim} is the victim's username (payload-expanded); {@code victim}: {@code other} (a
 * user of another name) or {@code sibling} (the attacker's name with "-archive" after it); {@code upload}:
 * {@code multipart} or {@code raw}.
 */
public class ZipSlip implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Vault vault = new Vault(context);
        User attacker = vault.signUp("mal");
        User victim = switch (context.params().getOrDefault("victim", "other")) {
            case "other" -> vault.signUp("victim");
            case "sibling" -> vault.signUpAs(attacker.name() + "-archive");
            default -> throw new IllegalArgumentException("victim must be other or sibling");
        };
        Canary own = Canary.of(context, "victim-notes");
        vault.upload(victim, new AsciiZip().add("notes.txt", "Meeting notes " + own.value()), "multipart")
                .expect("the victim uploading an archive with notes.txt", 201);
        if (!own.foundIn(vault.download(victim, "notes.txt").expect("the victim downloading notes.txt", 200))) {
            throw new SetupFailedException("the victim's notes.txt does not hold what they uploaded");
        }

        Canary planted = Canary.of(context, "planted");
        AsciiZip archive = new AsciiZip();
        for (String entry : context.payload("entries").replace("{victim}", victim.name()).split(" \\| ")) {
            archive.add(entry, "Planted by the attacker " + planted.value());
        }
        Reply attack = vault.upload(attacker, archive, context.params().getOrDefault("upload", "multipart"));
        Reply notes = vault.download(victim, "notes.txt");
        return CheckResult.passIf(!planted.foundIn(notes),
                "The attacker's archive answered " + attack.status() + "; the victim's notes.txt is still theirs.",
                "The attacker's archive answered " + attack.status() + " and the victim's notes.txt now holds the attacker's text:"
                        + " an entry's name led the extraction out of the attacker's folder into the victim's.");
    }
}
