#pragma once

#include <QWidget>

namespace tb::models {
class ProjectSession;
}

namespace tb::gui {

// Page 2: conversation tree, message view, inspector and search.
class BrowsePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowsePage)

public:
    explicit BrowsePage(models::ProjectSession *session, QWidget *parent = nullptr);
    ~BrowsePage() override;

    // Opens the conversation that holds the message with MESSAGEKEY and scrolls to it, selected.
    // False when the project has no such message.
    bool showMessage(const QString &messageKey);
    // Puts the keyboard focus in the search field (Ctrl+F).
    void focusSearch();
    // Reads the Browse and Search settings again (after the Settings dialog).
    void applySettings();

private:
    models::ProjectSession *m_session;
};

} // namespace tb::gui
