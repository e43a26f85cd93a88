package se.samverkan.consultation.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.agreement.AgreementService;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.AnswerDetails;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.MemberStatement;
import se.samverkan.consultation.RemarkDetails;
import se.samverkan.consultation.RemarkService;

/**
 * A body's answer to a round: its decision (date, paragraph, the body's diary number, the decision points), the
 * administration's statement, a summary, the statements of members, and the remarks it is split into, each with its
 * handling and a link to it. Managers of the agreement change the answer and add remarks.
 */
@Route("consultation-answers")
@PermitAll
@StyleSheet("styles/consultation.css")
public class AnswerView extends DetailView<AnswerDetails> {

    private final ConsultationService consultations;
    private final RemarkService remarks;
    private final AgreementService agreements;
    private final ActionPlanService actionPlans;

    public AnswerView(ConsultationService consultations, RemarkService remarks, AgreementService agreements,
            ActionPlanService actionPlans) {
        addClassName("consultation-page");
        this.consultations = consultations;
        this.remarks = remarks;
        this.agreements = agreements;
        this.actionPlans = actionPlans;
    }

    @Override
    protected Optional<AnswerDetails> load(long id) {
        return consultations.findAnswer(id);
    }

    @Override
    protected String notFoundKey() {
        return "consultation.answer.notFound";
    }

    @Override
    protected String title(AnswerDetails answer) {
        return getTranslation("consultation.answer.heading", answer.organisationName());
    }

    @Override
    protected void render(AnswerDetails answer) {
        add(Routes.link(Routes.round(answer.roundId()), answer.roundTitle()));
        add(new H1(title(answer)));
        if (answer.example()) {
            Paragraph example = new Paragraph(Badges.example(this));
            example.add(" " + getTranslation("consultation.answer.exampleNote"));
            add(example);
        }
        if (answer.editable()) {
            Anchor edit = Routes.link(Routes.editAnswer(answer.id()), getTranslation("consultation.answer.edit"));
            edit.addClassName("button-link");
            Div bar = new Div(edit);
            bar.addClassName("item-actions");
            add(bar);
        }
        add(decision(answer));
        if (answer.statement() != null) {
            add(section("consultation.answer.statement", text(answer.statement()),
                    answer.statementDate() == null ? null
                            : new Paragraph(getTranslation("consultation.answer.statementDated",
                                    Formats.date(answer.statementDate())))));
        }
        if (answer.summary() != null) {
            add(section("consultation.answer.summary", text(answer.summary())));
        }
        if (!answer.statements().isEmpty()) {
            Section statements = section("consultation.answer.statements");
            for (MemberStatement statement : answer.statements()) {
                statements.add(new H3(getTranslation("consultation.statementKind." + statement.kind().name()) + ": "
                        + statement.members()), text(statement.text()));
            }
            add(statements);
        }
        add(remarkList(answer));
    }

    private Section decision(AnswerDetails answer) {
        DetailList facts = new DetailList()
                .add(getTranslation("consultation.answer.decisionDate"), Formats.date(answer.decisionDate()))
                .add(getTranslation("consultation.answer.paragraph"), answer.paragraph())
                .add(getTranslation("consultation.answer.diaryNumber"), answer.diaryNumber())
                .add(getTranslation("consultation.answer.answeredOn"), Formats.date(answer.answeredOn()))
                .add(getTranslation("consultation.round.diaryNumber"), answer.roundDiaryNumber());
        Section decision = section("consultation.answer.decision", facts);
        if (!answer.decisionPoints().isEmpty()) {
            OrderedList points = new OrderedList();
            points.addClassName("decision-points");
            points.getElement().setAttribute("aria-label", getTranslation("consultation.answer.decisionPoints"));
            answer.decisionPoints().forEach(point -> points.add(new ListItem(point)));
            decision.add(points);
        }
        return decision;
    }

    private Section remarkList(AnswerDetails answer) {
        Section section = section("consultation.remarks.heading");
        if (answer.editable()) {
            Button add = new Button(getTranslation("consultation.remark.new"), UiIcon.PLUS.create(),
                    click -> new RemarkDialog(remarks, agreements, actionPlans, answer.agreementId(), null,
                            remarks.newRemarkDraft(answer.id()), draft -> remarks.createRemark(answer.id(), draft),
                            this::refresh).open());
            Div bar = new Div(add);
            bar.addClassName("item-actions");
            section.add(bar);
        }
        if (answer.remarks().isEmpty()) {
            section.add(new Paragraph(getTranslation("consultation.remarks.empty")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("remark-list");
        for (RemarkDetails remark : answer.remarks()) {
            Paragraph text = text(remark.text());
            Div badges = new Div(Badges.handling(this, remark.handling()));
            badges.addClassName("card-badges");
            Anchor open = Routes.link(Routes.remark(remark.id()), getTranslation("consultation.remark.open"));
            open.getElement().setAttribute("aria-label",
                    getTranslation("consultation.remark.openNumbered", remark.position()));
            ListItem item = new ListItem(text, Badges.tags(this, getLocale(), remark.tags()), badges);
            if (!remark.links().isEmpty()) {
                item.add(Badges.links(this, remark.links()));
            }
            item.add(open);
            item.addClassName("remark-card");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        for (com.vaadin.flow.component.Component c : content) {
            if (c != null) {
                section.add(c);
            }
        }
        return section;
    }

    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("multiline");
        return paragraph;
    }
}
