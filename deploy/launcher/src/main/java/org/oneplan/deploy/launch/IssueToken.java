package org.oneplan.deploy.launch;

import java.nio.file.Path;
import java.time.Duration;
import org.oneplan.infra.JwtSigner;

/**
 * Prints a demo bearer token for any role and nation, signed with the running system's key:
 * {@code IssueToken <role> [nation] [runFolder]}.
 */
public final class IssueToken {

    private IssueToken() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: IssueToken <staff|admin|inspector|ally|partner> [nation] [run folder]");
            System.exit(2);
        }
        String role = args[0];
        String nation = args.length > 1 && !args[1].isBlank() ? args[1].toUpperCase() : null;
        Path run = Path.of(args.length > 2 ? args[2] : "deploy/run");
        String subject = nation == null ? role : "delegate." + nation.toLowerCase();
        System.out.println(JwtSigner.inFolder(run.resolve("keys"))
                .token(subject, role, nation, "NATO_SECRET", Duration.ofDays(7)));
    }
}
