#include "recipeform.h"

#include "optionbinder.h"
#include "ui_buildrecipeform.h"

#include <QComboBox>
#include <QFormLayout>

namespace tb::gui {

namespace {

constexpr std::array<core::RecipeKind, 4> kKinds = {core::RecipeKind::ReplyAsMe, core::RecipeKind::PostsInMyVoice,
                                                    core::RecipeKind::Character, core::RecipeKind::NextSpeaker};

QString describe(core::RecipeKind kind)
{
    switch (kind) {
    case core::RecipeKind::ReplyAsMe:
        return RecipeForm::tr("Your replies become assistant turns; what others wrote just before becomes the user turn.");
    case core::RecipeKind::PostsInMyVoice:
        return RecipeForm::tr("Each of your posts is an assistant turn, after a blank or templated user prompt.");
    case core::RecipeKind::Character:
        return RecipeForm::tr("The character's lines are assistant turns; the scene's earlier lines, prefixed with "
                              "the speaker, are user turns.");
    case core::RecipeKind::NextSpeaker:
        return RecipeForm::tr("A classifier: the last messages of a thread as the prompt, the next speaker's label "
                              "(one token) as the completion.");
    }
    return {};
}

const std::string kScopeKey = "conversations";

} // namespace

RecipeForm::RecipeForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BuildRecipeForm>())
{
    m_ui->setupUi(this);
    const std::array<QFormLayout *, 4> forms = {m_ui->replyAsMeForm, m_ui->postsForm, m_ui->characterForm,
                                                m_ui->nextSpeakerForm};
    for (core::RecipeKind kind : kKinds) {
        const auto i = static_cast<std::size_t>(kind);
        m_ui->recipeCombo->addItem(QString::fromUtf8(core::displayName(kind).data(), static_cast<qsizetype>(core::displayName(kind).size())),
                                   static_cast<int>(kind));
        m_binders[i] = new OptionBinder(kind, m_ui->optionsStack->widget(static_cast<int>(i)), forms[i], {kScopeKey}, this);
        connect(m_binders[i], &OptionBinder::changed, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
    }
    m_ui->scopeCombo->addItem(tr("All conversations"), QString());
    connect(m_ui->recipeCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_updating)
            return;
        showKind(static_cast<core::RecipeKind>(m_ui->recipeCombo->itemData(row).toInt()));
        Q_EMIT changed();
    });
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    connect(m_ui->scrubCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->scrubCategories->setEnabled(on);
        if (!m_updating)
            Q_EMIT changed();
    });
    m_ui->scrubCategories->setEnabled(false);
    for (const auto &[category, box] : scrubBoxes()) {
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                Q_EMIT changed();
        });
    }
}

std::vector<std::pair<core::ScrubCategory, QCheckBox *>> RecipeForm::scrubBoxes() const
{
    return {{core::ScrubCategory::Email, m_ui->scrubEmailCheck},     {core::ScrubCategory::Phone, m_ui->scrubPhoneCheck},
            {core::ScrubCategory::Url, m_ui->scrubUrlCheck},         {core::ScrubCategory::Ip, m_ui->scrubIpCheck},
            {core::ScrubCategory::Card, m_ui->scrubCardCheck},       {core::ScrubCategory::PlatformId, m_ui->scrubPlatformIdCheck},
            {core::ScrubCategory::Mention, m_ui->scrubMentionCheck}, {core::ScrubCategory::Name, m_ui->scrubNameCheck}};
}

RecipeForm::~RecipeForm() = default;

void RecipeForm::showKind(core::RecipeKind kind)
{
    m_ui->optionsStack->setCurrentIndex(static_cast<int>(kind));
    m_ui->recipeDescription->setText(describe(kind));
    // Only the shown page takes room: a QStackedWidget is as tall (and as wide) as its largest page
    // otherwise, which leaves a gap under a short page. QStackedLayout leaves Ignored pages out of
    // its size hints; the shown page is never taller than it needs (Maximum).
    for (int i = 0; i < m_ui->optionsStack->count(); ++i) {
        QWidget *page = m_ui->optionsStack->widget(i);
        if (i == static_cast<int>(kind))
            page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        else
            page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    }
    m_ui->optionsStack->updateGeometry();
}

void RecipeForm::setProjectChoices(const QStringList &participants, const QList<QPair<QString, QString>> &conversations)
{
    m_updating = true;
    const auto combos = findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->property("fill").toString() != QStringLiteral("participants"))
            continue;
        const QString current = combo->currentText();
        combo->clear();
        if (combo->property("optionKey").toString() == QStringLiteral("me"))
            combo->addItem(tr("(the participants marked as me)"), QString());
        else
            combo->addItem(QString(), QString());
        for (const QString &name : participants)
            combo->addItem(name, name);
        const int at = combo->findText(current);
        combo->setCurrentIndex(at >= 0 ? at : 0);
    }
    const QString scope = m_ui->scopeCombo->currentData().toString();
    m_ui->scopeCombo->clear();
    m_ui->scopeCombo->addItem(tr("All conversations"), QString());
    for (const auto &[key, name] : conversations)
        m_ui->scopeCombo->addItem(name, key);
    const int at = m_ui->scopeCombo->findData(scope);
    m_ui->scopeCombo->setCurrentIndex(at >= 0 ? at : 0);
    m_updating = false;
}

void RecipeForm::setSettings(const core::BuildSettings &settings)
{
    m_updating = true;
    m_options = settings.options;
    for (core::RecipeKind kind : kKinds)
        m_binders[static_cast<std::size_t>(kind)]->setOptions(settings.options[static_cast<std::size_t>(kind)]);
    m_ui->recipeCombo->setCurrentIndex(m_ui->recipeCombo->findData(static_cast<int>(settings.kind)));
    showKind(settings.kind);
    const auto scope = settings.recipeOptions().values().find(kScopeKey);
    const QString key = scope != settings.recipeOptions().values().end() ? QString::fromStdString(scope->second) : QString();
    int at = m_ui->scopeCombo->findData(key);
    if (at < 0 && !key.isEmpty()) {
        // A scope of several conversations (set from the CLI) or one not listed: kept as it is.
        m_ui->scopeCombo->addItem(key, key);
        at = m_ui->scopeCombo->count() - 1;
    }
    m_ui->scopeCombo->setCurrentIndex(qMax(0, at));
    m_ui->scrubCheck->setChecked(settings.scrub);
    m_ui->scrubCategories->setEnabled(settings.scrub);
    for (const auto &[category, box] : scrubBoxes())
        box->setChecked(!settings.scrubKept.count(category));
    m_updating = false;
}

core::BuildSettings RecipeForm::settings(core::BuildSettings base) const
{
    base.kind = static_cast<core::RecipeKind>(m_ui->recipeCombo->currentData().toInt());
    core::RecipeOptions options = m_binders[static_cast<std::size_t>(base.kind)]->options();
    const QString scope = m_ui->scopeCombo->currentData().toString();
    if (scope.isEmpty())
        options.unset(kScopeKey);
    else
        options.set(kScopeKey, scope.toStdString());
    base.recipeOptions() = options;
    base.scrub = m_ui->scrubCheck->isChecked();
    base.scrubKept.clear();
    for (const auto &[category, box] : scrubBoxes()) {
        if (!box->isChecked())
            base.scrubKept.insert(category);
    }
    return base;
}

QWidget *RecipeForm::optionWidget(core::RecipeKind kind, const std::string &key) const
{
    return m_binders[static_cast<std::size_t>(kind)]->widgetFor(key);
}

} // namespace tb::gui
