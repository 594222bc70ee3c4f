package org.oneplan.parp.query;

import org.oneplan.platform.print.PrintablePage;

/** An Annual National Programme as a printable page under its classification banner. */
public final class AnpHtml {

    private AnpHtml() {}

    public static String render(AnpDocument anp) {
        PrintablePage page = PrintablePage.titled("ANP " + anp.partnerCode() + " " + anp.year(), anp.classification())
                .heading(1, "Annual National Programme " + anp.year())
                .paragraph(
                        "Partner: " + anp.partnerCode() + " · Status: " + anp.status() + " · Version " + anp.version());
        for (AnpDocument.Chapter chapter : anp.chapters()) {
            page.heading(2, chapter.chapter().toString())
                    .paragraph(chapter.text() == null ? "(not written yet)" : chapter.text());
            if (!chapter.comments().isEmpty()) {
                page.heading(3, "NATO staff comments").list(chapter.comments());
            }
        }
        if (anp.nacDiscussion() != null) {
            page.heading(
                            2,
                            "Discussed at the North Atlantic Council on "
                                    + anp.nacDiscussion().discussedOn())
                    .paragraph(anp.nacDiscussion().summary());
        }
        return page.render();
    }
}
