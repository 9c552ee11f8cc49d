#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tb::test {

QString sharedDir()
{
    QString dir = qEnvironmentVariable("TB_SHARED_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/../shared");
    return QFileInfo(dir + QStringLiteral("/fixtures")).isDir() ? QDir(dir).absolutePath() : QString();
}

QString sharedFixture(const QString &relative)
{
    const QString dir = sharedDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/fixtures/") + relative;
}

QString sharedReference(const QString &relative)
{
    const QString dir = sharedDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/reference/") + relative;
}

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("TB_SOURCE_DIR") + QStringLiteral("/tests/data/") + relative;
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

core::ImportBatch runImporter(
    const core::Importer &importer, const core::InputSource &input, const core::ImportOptions &options)
{
    core::CollectingSink sink;
    {
        core::BatchWriter writer(sink, 7); // small batches exercise the batching too
        importer.run(input, options, writer);
    }
    return std::move(sink.all);
}

core::ImportBatch runImporterOnText(const core::Importer &importer, const std::string &fileName,
    const std::string &content, const core::ImportOptions &options)
{
    core::MemoryInput input(fileName);
    input.add(fileName, content);
    return runImporter(importer, input, options);
}

int countFindings(const core::ImportBatch &batch, core::Severity severity)
{
    int n = 0;
    for (const auto &f : batch.findings)
        n += f.severity == severity;
    return n;
}

QByteArray describeFindings(const core::ImportBatch &batch)
{
    QByteArray out;
    for (const auto &f : batch.findings)
        out += QByteArray::fromStdString(f.describe()) + "; ";
    return out;
}

const core::Message *findMessageByText(const core::ImportBatch &batch, const std::string &text)
{
    for (const auto &m : batch.messages) {
        if (m.text == text)
            return &m;
    }
    return nullptr;
}

const core::Message *messageByKey(const core::ImportBatch &batch, const std::string &key)
{
    for (const auto &m : batch.messages) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

const core::Conversation *conversationByKey(const core::ImportBatch &batch, const std::string &key)
{
    for (const auto &c : batch.conversations) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const core::Participant *participantByKey(const core::ImportBatch &batch, const std::string &key)
{
    const core::Participant *found = nullptr;
    for (const auto &p : batch.participants) {
        if (p.key == key)
            found = &p;
    }
    return found;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray whatsAppChat(int messages)
{
    QByteArray content;
    content.reserve(messages * 48);
    for (int i = 0; i < messages; ++i) {
        const int minute = i % 60, hour = (i / 60) % 24, day = 13 + (i / 1440) % 15, month = 1 + (i / 21600) % 12;
        content += QStringLiteral("%1/%2/2022, %3:%4 - %5: message number %6\n")
                       .arg(day)
                       .arg(month)
                       .arg(hour, 2, 10, QLatin1Char('0'))
                       .arg(minute, 2, 10, QLatin1Char('0'))
                       .arg(i % 3 ? QStringLiteral("Ana") : QStringLiteral("Ben"))
                       .arg(i)
                       .toUtf8();
    }
    return content;
}

} // namespace tb::test
