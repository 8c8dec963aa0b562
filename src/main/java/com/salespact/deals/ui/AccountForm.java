package com.salespact.deals.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.AccountClass;
import com.salespact.deals.AccountDraft;
import com.salespact.deals.BusinessType;
import com.salespact.people.PersonSummary;
import com.salespact.people.RepStyle;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits an account's name, ID, class, new or existing business, industry and city. The owner is chosen here only
 * when a manager or admin creates an account; later changes of owner go through reassignment, which keeps history.
 */
class AccountForm extends Composite<FormLayout> {

    final TextField name = new LimitedTextField(getTranslation("accounts.name"), 200);
    final TextField externalId = new LimitedTextField(getTranslation("accounts.external-id"), 80);
    final ComboBox<PersonSummary> owner = new ComboBox<>(getTranslation("accounts.owner"));
    final RadioButtonGroup<AccountClass> accountClass = new RadioButtonGroup<>(getTranslation("accounts.class"));
    final RadioButtonGroup<BusinessType> businessType = new RadioButtonGroup<>(getTranslation("accounts.type"));
    final TextField industry = new LimitedTextField(getTranslation("accounts.industry"), 80);
    final TextField city = new LimitedTextField(getTranslation("accounts.city"), 80);

    private final Binder<AccountDraft> binder = new Binder<>();
    private final List<PersonSummary> owners;
    private AccountDraft original;

    /** @param owners reps a new account may be given to; empty when the signed-in person is a rep (it is theirs) */
    public AccountForm(List<PersonSummary> owners) {
        this.owners = owners;
        name.setRequired(true);
        externalId.setHelperText(getTranslation("accounts.external-id.help"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(this::ownerLabel);
        owner.setRequired(true);
        accountClass.setItems(AccountClass.values());
        accountClass.setItemLabelGenerator(value -> getTranslation("accounts.class." + value.name()));
        accountClass.setHelperText(getTranslation("accounts.class.help"));
        businessType.setItems(BusinessType.values());
        businessType.setItemLabelGenerator(value -> getTranslation("accounts.type." + value.name()));
        businessType.setHelperText(getTranslation("accounts.type.help"));

        binder.forField(name).asRequired(getTranslation("accounts.name.required"))
                .bind(AccountDraft::getName, AccountDraft::setName);
        binder.forField(externalId).bind(AccountDraft::getExternalId, AccountDraft::setExternalId);
        binder.forField(owner).bind(draft -> ownerById(draft.getOwnerId()),
                (draft, person) -> draft.setOwnerId(person == null ? null : person.id()));
        binder.forField(accountClass).asRequired(getTranslation("accounts.class.required"))
                .bind(AccountDraft::getAccountClass, AccountDraft::setAccountClass);
        binder.forField(businessType).asRequired(getTranslation("accounts.type.required"))
                .bind(AccountDraft::getBusinessType, AccountDraft::setBusinessType);
        binder.forField(industry).bind(AccountDraft::getIndustry, AccountDraft::setIndustry);
        binder.forField(city).bind(AccountDraft::getCity, AccountDraft::setCity);
        // Hunters own new business, farmers existing customers: choosing the owner suggests the type.
        owner.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && event.getValue().repStyle() != null) {
                businessType.setValue(event.getValue().repStyle() == RepStyle.HUNTER
                        ? BusinessType.NEW : BusinessType.EXISTING);
            }
        });

        getContent().add(name, externalId, owner, accountClass, businessType, industry, city);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
    }

    /** Starts editing; {@code creating} shows the owner picker to managers and admins. */
    public void edit(AccountDraft draft, boolean creating) {
        this.original = draft;
        binder.readBean(draft);
        owner.setVisible(creating && !owners.isEmpty());
        owner.setRequired(owner.isVisible());
    }

    /** Validates and returns a copy of the draft with the fields written in; empty when a field is invalid. */
    public Optional<AccountDraft> write() {
        AccountDraft draft = copy(original);
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(draft);
    }

    /** Issue 14: what is typed here is kept on the device until the server has it (see UnsavedWork). */
    UnsavedWork keptOnDevice() {
        return new UnsavedWork(this).text("name", name).text("externalId", externalId)
                .chosen("accountClass", accountClass, AccountClass::name, AccountClass::valueOf)
                .chosen("businessType", businessType, BusinessType::name, BusinessType::valueOf)
                .text("industry", industry).text("city", city);
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, fields());
    }

    /** How the conflict dialog names this form's fields and shows their values. */
    public FieldConflictDialog.Labels conflictLabels() {
        return FieldConflictDialog.Labels.of(fields(), (field, value) -> switch (value) {
            case AccountClass type -> getTranslation("accounts.class." + type.name());
            case BusinessType type -> getTranslation("accounts.type." + type.name());
            default -> null;
        });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "externalId", externalId, "ownerId", owner, "accountClass", accountClass,
                "businessType", businessType, "industry", industry, "city", city);
    }

    private String ownerLabel(PersonSummary person) {
        return person.repStyle() == null ? person.fullName()
                : person.fullName() + " · " + getTranslation("style." + person.repStyle().name());
    }

    private PersonSummary ownerById(Long id) {
        return id == null ? null : owners.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private static AccountDraft copy(AccountDraft source) {
        AccountDraft copy = new AccountDraft();
        if (source != null) {
            copy.setName(source.getName());
            copy.setExternalId(source.getExternalId());
            copy.setOwnerId(source.getOwnerId());
            copy.setAccountClass(source.getAccountClass());
            copy.setBusinessType(source.getBusinessType());
            copy.setIndustry(source.getIndustry());
            copy.setCity(source.getCity());
        }
        return copy;
    }
}
