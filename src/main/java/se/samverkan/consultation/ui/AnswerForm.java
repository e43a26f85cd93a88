package se.samverkan.consultation.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import se.samverkan.base.ui.ComponentTexts;
import se.samverkan.consultation.AnswerDraft;

/**
 * Every field of a body's answer, in sections: the decision, the administration's statement, a summary, and the
 * statements of members. The binder checks the draft's constraints at the fields; the service checks everything again.
 */
class AnswerForm extends Div {

    private final BeanValidationBinder<AnswerDraft> binder = new BeanValidationBinder<>(AnswerDraft.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final StatementEditor statements;
    private final AnswerDraft draft;

    AnswerForm(AnswerDraft draft) {
        this.draft = draft;
        addClassName("item-form");
        DatePicker answeredOn = date("answeredOn", "consultation.answer.answeredOn");
        answeredOn.setRequiredIndicatorVisible(true);
        DatePicker decisionDate = date("decisionDate", "consultation.answer.decisionDate");
        TextField paragraph = text("paragraph", "consultation.answer.paragraph", AnswerDraft.PARAGRAPH_MAX);
        paragraph.setHelperText(getTranslation("consultation.answer.paragraph.help"));
        TextField diary = text("diaryNumber", "consultation.answer.diaryNumber", AnswerDraft.DIARY_MAX);
        TextArea points = area("decisionPoints", "consultation.answer.decisionPoints", AnswerDraft.TEXT_MAX);
        points.setHelperText(getTranslation("consultation.answer.decisionPoints.help", AnswerDraft.POINTS_MAX));
        TextArea statement = area("statement", "consultation.answer.statement", AnswerDraft.STATEMENT_MAX);
        DatePicker statementDate = date("statementDate", "consultation.answer.statementDate");
        TextArea summary = area("summary", "consultation.answer.summary", AnswerDraft.TEXT_MAX);
        summary.setHelperText(getTranslation("consultation.answer.summary.help"));
        Checkbox example = new Checkbox(getTranslation("consultation.answer.example"));
        example.setHelperText(getTranslation("consultation.answer.example.help"));
        binder.forField(example).bind("example");
        binder.readBean(draft);
        statements = new StatementEditor(draft.getStatements());

        add(section("consultation.answer.decision", answeredOn, decisionDate, paragraph, diary, points));
        add(section("consultation.answer.statement", statementDate, statement));
        add(section("consultation.answer.summary", summary, example));
        add(new H2(getTranslation("consultation.answer.statements")), statements);
    }

    private DatePicker date(String property, String labelKey) {
        DatePicker field = ComponentTexts.localized(new DatePicker(getTranslation(labelKey)));
        field.setLocale(getLocale());
        fields.put(property, field);
        binder.forField(field).bind(property);
        return field;
    }

    private TextField text(String property, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(max);
        fields.put(property, field);
        binder.forField(field).bind(property);
        return field;
    }

    private TextArea area(String property, String labelKey, int max) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setMaxLength(max);
        fields.put(property, field);
        binder.forField(field).bind(property);
        return field;
    }

    private Div section(String headingKey, Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (Component c : components) {
            if (c instanceof TextArea || c instanceof Checkbox) {
                form.setColspan(c, 2);
            }
        }
        Div wrapper = new Div(new H2(getTranslation(headingKey)), form);
        wrapper.addClassName("form-section");
        return wrapper;
    }

    /** Writes the fields into the draft; false (with the errors shown) when a field's own rules fail. */
    boolean writeDraft() {
        if (!binder.writeBeanIfValid(draft)) {
            binder.validate();
            return false;
        }
        draft.setStatements(statements.lines());
        return true;
    }

    AnswerDraft draft() {
        return draft;
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> all = new HashMap<>(fields);
        all.putAll(statements.fields());
        return all;
    }
}
