package se.samverkan.consultation.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import se.samverkan.base.ui.DetailList;
import se.samverkan.base.ui.DetailView;
import se.samverkan.base.ui.Formats;
import se.samverkan.base.ui.UiIcon;
import se.samverkan.consultation.AnswerState;
import se.samverkan.consultation.BodyAnswer;
import se.samverkan.consultation.ConsultationService;
import se.samverkan.consultation.RoundDetails;
import se.samverkan.organisation.OrganisationService;

/**
 * One consultation round: what was sent, by whom and when it was due, and each body asked with where it stands
 * (answered, awaited, or overdue: not answered by the due date), with a link to its answer. Managers of the agreement
 * change the round and record answers.
 */
@Route("consultations")
@PermitAll
@StyleSheet("styles/consultation.css")
public class RoundView extends DetailView<RoundDetails> {

    private final ConsultationService consultations;
    private final OrganisationService organisations;

    public RoundView(ConsultationService consultations, OrganisationService organisations) {
        addClassName("consultation-page");
        this.consultations = consultations;
        this.organisations = organisations;
    }

    @Override
    protected Optional<RoundDetails> load(long id) {
        return consultations.findRound(id);
    }

    @Override
    protected String notFoundKey() {
        return "consultation.round.notFound";
    }

    @Override
    protected String title(RoundDetails round) {
        return round.title();
    }

    @Override
    protected void render(RoundDetails round) {
        add(Routes.link("consultations", getTranslation("consultations.back")));
        add(new H1(round.title()));
        DetailList facts = new DetailList()
                .add(getTranslation("consultation.round.agreement"),
                        Routes.link(Routes.agreement(round.agreementId()), round.agreementTitle()))
                .add(getTranslation("consultation.round.subject"),
                        getTranslation("consultation.subject." + round.subject().name()))
                .add(getTranslation("consultation.round.sentBy"), round.sentBy())
                .add(getTranslation("consultation.round.diaryNumber"), round.diaryNumber())
                .add(getTranslation("consultation.round.sentOn"), Formats.date(round.sentOn()))
                .add(getTranslation("consultation.round.dueOn"), Formats.date(round.dueOn()))
                .add(getTranslation("consultation.round.status"),
                        Formats.status(this, "consultation.roundStatus", round.status()));
        add(facts);
        if (round.description() != null) {
            Paragraph description = new Paragraph(round.description());
            description.addClassName("multiline");
            add(description);
        }
        add(actions(round));
        add(new H2(getTranslation("consultation.round.bodies")));
        Paragraph count = new Paragraph(getTranslation("consultation.round.answeredSummary", round.answered(),
                round.bodies().size()) + (round.overdue() > 0
                        ? " " + getTranslation("consultation.round.overdueSummary", round.overdue()) : ""));
        add(count, bodies(round));
    }

    private Div actions(RoundDetails round) {
        Div bar = new Div();
        bar.addClassName("item-actions");
        Anchor compilation = Routes.link(Routes.compilation(round.id()), getTranslation("consultation.compilation"));
        compilation.addClassName("button-link");
        bar.add(compilation);
        if (round.editable()) {
            Button edit = new Button(getTranslation("consultation.round.edit"), UiIcon.EDIT.create(),
                    click -> new RoundDialog(consultations, organisations, round.id(), List.of(),
                            consultations.editRoundDraft(round.id()), id -> refresh()).open());
            bar.add(edit);
        }
        return bar;
    }

    /** Each body as a card: its name (a link to the answer, if any), where it stands, and the answer's key facts. */
    private UnorderedList bodies(RoundDetails round) {
        UnorderedList list = new UnorderedList();
        list.addClassName("body-list");
        for (BodyAnswer body : round.bodies()) {
            H3 name = new H3();
            if (body.answerId() != null) {
                name.add(Routes.link(Routes.answer(body.answerId()), body.organisationName()));
            } else {
                name.setText(body.organisationName());
            }
            Div badges = new Div(Badges.state(this, body.state()));
            if (body.example()) {
                badges.add(Badges.example(this));
            }
            badges.addClassName("card-badges");
            ListItem item = new ListItem(name, badges);
            item.addClassName("body-card");
            if (body.state() == AnswerState.ANSWERED) {
                item.add(new Span(answerFacts(body)));
            } else if (body.state() == AnswerState.OVERDUE) {
                Span late = new Span(getTranslation("consultation.body.overdueSince", Formats.date(round.dueOn())));
                late.addClassName("overdue");
                item.add(late);
            } else {
                item.add(new Span(getTranslation("consultation.body.dueOn", Formats.date(round.dueOn()))));
            }
            if (body.answerId() == null && round.editable()) {
                Anchor record = Routes.link(Routes.newAnswer(round.id(), body.organisationId()),
                        getTranslation("consultation.answer.record"));
                record.getElement().setAttribute("aria-label",
                        getTranslation("consultation.answer.recordFor", body.organisationName()));
                item.add(record);
            }
            list.add(item);
        }
        return list;
    }

    private String answerFacts(BodyAnswer body) {
        StringBuilder text = new StringBuilder(getTranslation("consultation.body.answeredOn",
                Formats.date(body.answeredOn())));
        if (body.paragraph() != null) {
            text.append(" · ").append(body.paragraph());
        }
        if (body.diaryNumber() != null) {
            text.append(" · ").append(getTranslation("consultation.body.diary", body.diaryNumber()));
        }
        text.append(" · ").append(getTranslation("consultation.body.remarks", body.remarks()));
        return text.toString();
    }
}
