#include "input/inputsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace tb::core;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void writeZip(const QString &path, const std::vector<std::pair<std::string, std::string>> &files)
{
    int error = 0;
    zip_t *archive = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(archive);
    for (const auto &[name, content] : files) {
        auto *copy = static_cast<char *>(std::malloc(content.size() + 1));
        std::memcpy(copy, content.data(), content.size());
        zip_source_t *source = zip_source_buffer(archive, copy, content.size(), 1);
        QVERIFY(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    QCOMPARE(zip_close(archive), 0);
}

} // namespace

class TestInputSource final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void open_folder_listsFilesRecursivelyWithoutHiddenOnes()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/users.json"), "[]");
        writeFile(dir.path() + QStringLiteral("/general/2020-01-01.json"), "[1]");
        writeFile(dir.path() + QStringLiteral("/.DS_Store"), "junk");
        auto input = InputSource::open(dir.path().toStdString());
        QVERIFY(input);
        const auto &entries = (*input)->entries();
        QCOMPARE(entries.size(), std::size_t(2));
        QCOMPARE(entries[0].path, std::string("general/2020-01-01.json"));
        QCOMPARE(*(*input)->read(entries[0]), std::string("[1]"));
        QCOMPARE(*(*input)->peek(entries[1], 1), std::string("["));
    }

    void open_folder_namesLinkedFilesByTheirPlaceInTheExport()
    {
        // Someone who gathered an export from several places with links: each file is listed
        // where it sits in the export, not where its link points, whether or not the folder is
        // given with a trailing slash.
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/elsewhere/day.json"), "[2]");
        QDir().mkpath(dir.path() + QStringLiteral("/export/general"));
        QVERIFY(QFile::link(dir.path() + QStringLiteral("/elsewhere/day.json"),
                            dir.path() + QStringLiteral("/export/general/2020-01-02.json")));
        const QString folder = dir.path() + QStringLiteral("/export");
        for (const QString &root : QStringList{folder, folder + QLatin1Char('/')}) {
            auto input = InputSource::open(root.toStdString());
            QVERIFY(input);
            const auto &entries = (*input)->entries();
            QCOMPARE(entries.size(), std::size_t(1));
            QCOMPARE(entries[0].path, std::string("general/2020-01-02.json"));
            QCOMPARE(*(*input)->read(entries[0]), std::string("[2]"));
        }
    }

    void open_zip_isRecognisedByContentNotName()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/export.dat"); // no .zip on purpose
        writeZip(path, {{"channels.json", "[]"}, {"general/2020-01-01.json", "[{\"ts\":\"1\"}]"},
                        {"__MACOSX/._channels.json", "x"}});
        auto input = InputSource::open(path.toStdString());
        QVERIFY2(input, input ? "" : input.error().message.c_str());
        QCOMPARE((*input)->entries().size(), std::size_t(2));
        const auto *day = (*input)->find("general/2020-01-01.json");
        QVERIFY(day);
        QCOMPARE(*(*input)->read(*day), std::string("[{\"ts\":\"1\"}]"));
        QCOMPARE(*(*input)->peek(*day, 2), std::string("[{"));
    }

    void open_singleFile_isAFolderOfOne()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/chat.txt"), "hello");
        auto input = InputSource::open(QString(dir.path() + QStringLiteral("/chat.txt")).toStdString());
        QVERIFY(input);
        QCOMPARE((*input)->entries().size(), std::size_t(1));
        QCOMPARE((*input)->entries()[0].path, std::string("chat.txt"));
        QCOMPARE(*(*input)->read((*input)->entries()[0]), std::string("hello"));
    }

    void open_missingPathOrBrokenZip_saysWhatAndWhere()
    {
        auto missing = InputSource::open("/no/such/export.zip");
        QVERIFY(!missing);
        QVERIFY(missing.error().message.find("/no/such/export.zip") != std::string::npos);

        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/broken.zip");
        writeFile(path, QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));
        auto broken = InputSource::open(path.toStdString());
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.find("zip") != std::string::npos, broken.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestInputSource)
#include "tst_inputsource.moc"
