#include "privacy/scrubreport.h"

#include <numeric>

namespace tb::core {

namespace {

constexpr std::array<std::string_view, ScrubCategoryCount> CategoryNames
    = {"email", "phone", "url", "ip", "card", "platform-id", "mention", "name"};
constexpr std::array<std::string_view, ScrubCategoryCount> Placeholders
    = {"[email]", "[phone]", "[url]", "[ip]", "[card]", "[id]", "@[user]", "[name]"};

} // namespace

std::string_view toString(ScrubCategory category) { return CategoryNames[static_cast<std::size_t>(category)]; }

std::optional<ScrubCategory> scrubCategoryFromString(std::string_view text)
{
    for (std::size_t i = 0; i < CategoryNames.size(); ++i) {
        if (CategoryNames[i] == text)
            return static_cast<ScrubCategory>(i);
    }
    return std::nullopt;
}

std::string_view placeholder(ScrubCategory category) { return Placeholders[static_cast<std::size_t>(category)]; }

bool ScrubOptions::enabled(ScrubCategory category) const
{
    switch (category) {
    case ScrubCategory::Email: return emails;
    case ScrubCategory::Phone: return phones;
    case ScrubCategory::Url: return urls;
    case ScrubCategory::Ip: return ips;
    case ScrubCategory::Card: return cards;
    case ScrubCategory::PlatformId: return platformIds;
    case ScrubCategory::Mention: return mentions;
    case ScrubCategory::Name: return names;
    }
    return false;
}

void ScrubOptions::setEnabled(ScrubCategory category, bool on)
{
    switch (category) {
    case ScrubCategory::Email: emails = on; break;
    case ScrubCategory::Phone: phones = on; break;
    case ScrubCategory::Url: urls = on; break;
    case ScrubCategory::Ip: ips = on; break;
    case ScrubCategory::Card: cards = on; break;
    case ScrubCategory::PlatformId: platformIds = on; break;
    case ScrubCategory::Mention: mentions = on; break;
    case ScrubCategory::Name: names = on; break;
    }
}

bool ScrubOptions::anyEnabled() const
{
    return emails || phones || urls || ips || cards || platformIds || mentions || names;
}

std::string_view toString(ScrubField field)
{
    switch (field) {
    case ScrubField::TurnContent: return "content";
    case ScrubField::TurnName: return "name";
    case ScrubField::Prompt: return "prompt";
    case ScrubField::Completion: return "completion";
    case ScrubField::RejectedContent: return "rejected";
    case ScrubField::RejectedName: return "rejected-name";
    }
    return "content";
}

void ScrubReport::add(ScrubReplacement replacement)
{
    ++m_counts[static_cast<std::size_t>(replacement.category)];
    if (m_entries.size() < m_maxEntries)
        m_entries.push_back(std::move(replacement));
    else
        ++m_omitted;
}

void ScrubReport::addOmitted(ScrubCategory category)
{
    ++m_counts[static_cast<std::size_t>(category)];
    ++m_omitted;
}

void ScrubReport::merge(const ScrubReport &other)
{
    for (std::size_t i = 0; i < ScrubCategoryCount; ++i)
        m_counts[i] += other.m_counts[i];
    for (const auto &entry : other.m_entries) {
        if (m_entries.size() < m_maxEntries)
            m_entries.push_back(entry);
        else
            ++m_omitted;
    }
    m_omitted += other.m_omitted;
    m_recordsSeen += other.m_recordsSeen;
    m_recordsChanged += other.m_recordsChanged;
}

void ScrubReport::noteRecord(bool changed)
{
    ++m_recordsSeen;
    if (changed)
        ++m_recordsChanged;
}

std::uint64_t ScrubReport::total() const { return std::accumulate(m_counts.begin(), m_counts.end(), std::uint64_t {0}); }

} // namespace tb::core
