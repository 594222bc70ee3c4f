package org.oneplan.parp.query;

import java.util.stream.Collectors;
import org.oneplan.platform.print.PrintablePage;

/** A cycle's package of partnership goals as a printable page under its classification banner. */
public final class ParpPackageHtml {

    private ParpPackageHtml() {}

    public static String render(ParpCycleDocument cycle) {
        String period = cycle.startYear() + "-" + cycle.endYear();
        PrintablePage page = PrintablePage.titled("PARP " + cycle.partnerCode() + " " + period, cycle.classification())
                .heading(1, "Planning and Review Process: partnership goals")
                .paragraph("Partner: " + cycle.partnerCode() + " · Cycle " + period + " · Package: " + cycle.status()
                        + (cycle.approvedAt() == null ? "" : " (approved " + cycle.approvedAt() + ")")
                        + " · Version " + cycle.version());
        for (GoalView goal : cycle.goals()) {
            var terms = goal.terms();
            page.heading(2, terms.code() + " " + terms.title())
                    .table(
                            "Area", terms.area().toString(),
                            "Priority", terms.priority().toString(),
                            "Implementation", terms.fromYear() + "-" + terms.toYear(),
                            "Description", terms.description(),
                            "NATO standards", String.join(", ", terms.stanags()),
                            "Revision", goal.revision() + " (partner: " + goal.answer() + ")",
                            "Status",
                                    goal.status() == null
                                            ? "not yet recorded"
                                            : goal.status() + " on " + goal.statusRecordedOn() + ": "
                                                    + goal.evidence());
            page.list(goal.negotiation().stream()
                    .map(step -> step.step() + " (revision " + step.revision() + ")"
                            + (step.text() == null ? "" : ": " + step.text()))
                    .collect(Collectors.toList()));
        }
        return page.render();
    }
}
