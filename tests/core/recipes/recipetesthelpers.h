#pragma once

#include "recipes/recipe.h"
#include "store/store.h"
#include "support/sampleproject.h"
#include "support/testsupport.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>
#include <vector>

// Small projects written straight into a store (people, conversations and messages each test
// invents), builds that collect every record, and records as the JSON a user would read.
namespace tb::test::recipes {

using core::ConversationKind;
using core::LabelValue;
using core::RecipeKind;
using core::Store;
using core::TrainingRecord;
using Json = nlohmann::json;

constexpr std::int64_t kBaseMs = 1672567200000; // 2023-01-01T10:00:00Z

class ProjectBuilder {
public:
    explicit ProjectBuilder(const QString &dir) : m_path(dir + QStringLiteral("/recipes.tunebench")) {}

    ProjectBuilder &person(const std::string &key, const std::string &name, bool bot = false)
    {
        m_batch.participants.push_back(core::Participant{key, name, name, bot});
        return *this;
    }
    ProjectBuilder &conversation(const std::string &key, const std::string &name,
                                 ConversationKind kind = ConversationKind::DirectMessage,
                                 const std::string &parent = {})
    {
        m_batch.conversations.push_back(core::Conversation{key, kind, name, parent});
        return *this;
    }
    // A message AT seconds after kBaseMs; returns its key ("m1", "m2", ...).
    std::string say(const std::string &conversation, const std::string &author, const std::string &text,
                    std::int64_t at, std::uint32_t flags = 0, const std::string &thread = {})
    {
        core::Message m;
        m.key = "m" + std::to_string(m_batch.messages.size() + 1);
        m.conversationKey = conversation;
        m.authorKey = author;
        m.timestampMs = kBaseMs + at * 1000;
        m.text = text;
        m.rawText = text;
        m.flags = flags;
        m.threadKey = thread == "self" ? m.key : thread;
        m.replyToKey = thread == "self" ? std::string() : thread;
        m_batch.messages.push_back(m);
        return m.key;
    }
    core::Message &last() { return m_batch.messages.back(); }

    std::unique_ptr<Store> finish()
    {
        auto store = Store::open(m_path.toStdString());
        if (!store)
            return nullptr;
        auto importId = (*store)->beginImport("/synthetic", "test");
        if (!importId || !(*store)->write(*importId, m_batch) || !(*store)->finishImport(*importId, "done"))
            return nullptr;
        return std::move(*store);
    }

private:
    QString m_path;
    core::ImportBatch m_batch;
};

inline bool markMe(Store &store, const std::string &key)
{
    for (const auto &p : store.participants(core::ParticipantCounts::Skip)) {
        if (p.key == key)
            return static_cast<bool>(store.setMe(p.id, true));
    }
    return false;
}

inline std::int64_t idOf(const Store &store, const std::string &messageKey)
{
    const auto m = store.messageByKey(messageKey);
    return m ? m->id : -1;
}

class FakeLabels final : public core::LabelSource {
public:
    std::map<std::int64_t, LabelValue> labels;
    std::optional<LabelValue> labelFor(std::int64_t id) const override
    {
        const auto it = labels.find(id);
        return it == labels.end() ? std::nullopt : std::optional<LabelValue>(it->second);
    }
};

struct Built {
    std::vector<TrainingRecord> records;
    core::BuildSummary summary;
    std::string error;
};

inline Built build(const Store &store, RecipeKind kind, const std::map<std::string, std::string> &options = {},
                   const core::LabelSource &labels = core::NoLabels{})
{
    Built out;
    core::RecipeOptions recipeOptions;
    for (const auto &[key, value] : options)
        recipeOptions.set(key, value);
    auto recipe = core::makeRecipe(kind, recipeOptions);
    if (!recipe) {
        out.error = recipe.error().message;
        return out;
    }
    auto summary = (*recipe)->build(store, labels, [&](TrainingRecord &&r) {
        out.records.push_back(std::move(r));
        return true;
    });
    if (!summary)
        out.error = summary.error().message;
    else
        out.summary = *summary;
    return out;
}

inline std::string roleName(core::TurnRole role)
{
    switch (role) {
    case core::TurnRole::System: return "system";
    case core::TurnRole::User: return "user";
    case core::TurnRole::Assistant: return "assistant";
    }
    return "?";
}

inline Json turnJson(const core::ChatTurn &turn)
{
    Json t = {{"role", roleName(turn.role)}, {"content", turn.content}};
    if (turn.weight)
        t["weight"] = *turn.weight;
    return t;
}

// The record as the chat format writes it.
inline Json chatJson(const TrainingRecord &record)
{
    Json messages = Json::array();
    for (const auto &turn : record.messages)
        messages.push_back(turnJson(turn));
    return Json{{"messages", messages}};
}

inline std::vector<Json> readJsonl(const QString &path)
{
    std::vector<Json> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            out.push_back(Json::parse(line.toStdString(), nullptr, false));
    }
    return out;
}

// A project made by importing our synthetic exports with the app's runner.
inline std::unique_ptr<Store> importProject(const QTemporaryDir &dir, const QStringList &paths)
{
    const QString project = dir.path() + QStringLiteral("/imported.tunebench");
    if (!importInto(project, paths).isEmpty())
        return nullptr;
    auto store = Store::open(project.toStdString());
    return store ? std::move(*store) : nullptr;
}

inline QByteArray describe(const Built &built)
{
    std::string text = built.error;
    for (const auto &r : built.records)
        text += "\n" + chatJson(r).dump();
    return QByteArray::fromStdString(text);
}

} // namespace tb::test::recipes
