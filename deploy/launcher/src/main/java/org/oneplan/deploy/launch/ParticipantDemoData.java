package org.oneplan.deploy.launch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.oneplan.infra.JwtSigner;

/**
 * People the demo partners registered to nominate, with generated names (seeded, so every start makes the
 * same people): their details exist only sealed with each person's key in catalogue-service. A second start
 * is told each person is registered already (422), which counts as done.
 */
final class ParticipantDemoData {

    private static final String[] NATIONS = {"GEO", "UKR", "MDA", "ARM", "JOR", "BIH"};
    private static final String[] GIVEN = {
        "Nino", "Giorgi", "Olena", "Andrii", "Ion", "Elena", "Armen", "Ani", "Rania", "Omar", "Amra", "Emir"
    };
    private static final String[] FAMILY = {
        "Beridze",
        "Kapanadze",
        "Shevchenko",
        "Bondarenko",
        "Rusu",
        "Ceban",
        "Petrosyan",
        "Hakobyan",
        "Haddad",
        "Khalil",
        "Hodzic",
        "Kovacevic"
    };
    private static final String[] RANKS = {"Captain", "Major", "Lieutenant Colonel", "Colonel", "Civilian"};
    private static final int PER_NATION = 4;

    private final DemoClient catalogue;
    private final JwtSigner signer;

    ParticipantDemoData(String catalogueService, JwtSigner signer) {
        this.catalogue = new DemoClient(catalogueService);
        this.signer = signer;
    }

    void load() throws IOException, InterruptedException {
        Random random = new Random(10_000L);
        for (String nation : NATIONS) {
            String token = DemoTokens.partner(signer, nation);
            for (int n = 0; n < PER_NATION; n++) {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("name", given + " " + family);
                person.put("rank", RANKS[random.nextInt(RANKS.length)]);
                person.put("position", "Staff officer, defence policy");
                person.put(
                        "email",
                        (given + "." + family + "." + n).toLowerCase(Locale.ROOT) + "@mod-"
                                + nation.toLowerCase(Locale.ROOT) + ".example");
                person.put(
                        "dateOfBirth",
                        LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28))
                                .toString());
                person.put("sex", random.nextBoolean() ? "FEMALE" : "MALE");
                catalogue.post(token, "/participants", person);
            }
        }
        Launcher.log("demo data: " + NATIONS.length * PER_NATION + " participants registered by " + List.of(NATIONS)
                + " (details sealed per person)");
    }
}
