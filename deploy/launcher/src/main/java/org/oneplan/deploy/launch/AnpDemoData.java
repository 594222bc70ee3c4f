package org.oneplan.deploy.launch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.infra.JwtSigner;

/**
 * The Annual National Programmes of the demo's Membership Action Plan country, Bosnia and Herzegovina:
 * 2025's submitted and discussed at the North Atlantic Council, 2026's submitted with a staff comment. A
 * programme is written only while none of its chapters is, so a second start changes nothing.
 */
final class AnpDemoData {

    private static final String NATION = "BIH";

    private static final Map<String, String> CHAPTERS = chapters();

    private final DemoClient parp;
    private final JwtSigner signer;
    private final String staff;

    AnpDemoData(String parpService, JwtSigner signer, String staffToken) {
        this.parp = new DemoClient(parpService);
        this.signer = signer;
        this.staff = staffToken;
    }

    void load() throws IOException, InterruptedException {
        String last = written(2025);
        if (last != null) {
            parp.change(
                    staff,
                    last,
                    "/nac-discussion",
                    Map.of(
                            "discussedOn",
                            "2025-11-19",
                            "summary",
                            "The Council noted progress on the defence review and asked for the budget plan"));
        }
        String current = written(2026);
        if (current != null) {
            parp.change(
                    staff,
                    current,
                    "/comments",
                    Map.of("chapter", "RESOURCES", "comment", "Please add the multi-year defence budget plan"));
        }
        Launcher.log("demo data: ANPs of " + NATION + " for 2025 (discussed at the NAC) and 2026 (submitted)");
    }

    /** Opens, writes and submits the year's programme as the partner; null if it was written before. */
    private String written(int year) throws IOException, InterruptedException {
        String partner = DemoTokens.partner(signer, NATION);
        parp.post(partner, "/anps", Map.of("partnerId", DemoClient.partnerId(NATION), "year", year));
        String anp = "/anps" + "/" + idOf(year);
        JsonNode read = parp.get(staff, anp + "?minVersion=0");
        if (read == null || !read.path("chapters").findValues("text").stream().allMatch(JsonNode::isNull)) {
            return null;
        }
        for (Map.Entry<String, String> chapter : CHAPTERS.entrySet()) {
            parp.replace(
                    partner, anp, "/chapters/" + chapter.getKey(), Map.of("text", year + ": " + chapter.getValue()));
        }
        parp.change(partner, anp, "/submission", Map.of());
        return anp;
    }

    private static UUID idOf(int year) {
        return UUID.nameUUIDFromBytes(
                ("oneplan:anp:" + DemoClient.partnerId(NATION) + ":" + year).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> chapters() {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("POLITICAL_AND_ECONOMIC", "Reform agenda agreed by the state-level institutions");
        chapters.put(
                "DEFENCE_AND_MILITARY",
                "Defence review completed; one infantry battalion offered to NATO-led exercises");
        chapters.put("RESOURCES", "Defence budget 1.0 % of GDP, with a plan to modernise equipment");
        chapters.put("SECURITY", "Classified information handled under the new security law");
        chapters.put("LEGAL", "Amendments to the Law on Defence adopted by parliament");
        return chapters;
    }
}
