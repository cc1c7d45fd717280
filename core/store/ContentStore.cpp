#include "core/store/ContentStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace jiuzhu {

namespace {

class ContentText
{
    Q_DECLARE_TR_FUNCTIONS(ContentStore)
};

} // namespace

ContentStore::ContentStore(QString rootDirectory)
    : m_root(std::move(rootDirectory))
{
}

QString ContentStore::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ContentStore::isValidSha256Hex(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (QChar character : text) {
        const bool hexDigit = (character >= QLatin1Char('0') && character <= QLatin1Char('9'))
            || (character >= QLatin1Char('a') && character <= QLatin1Char('f'));
        if (!hexDigit)
            return false;
    }
    return true;
}

QString ContentStore::pathFor(const QString& sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool ContentStore::contains(const QString& sha256) const
{
    return isValidSha256Hex(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<QString> ContentStore::put(const QByteArray& bytes)
{
    const QString sha256 = sha256Hex(bytes);
    if (contains(sha256))
        return sha256;
    const QString path = pathFor(sha256);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(ErrorCode::Io, ContentText::tr("Evidence folder"),
            ContentText::tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(ErrorCode::Io, ContentText::tr("Evidence folder"),
            ContentText::tr("Cannot write the evidence file: %1.").arg(file.errorString()));
    }
    return sha256;
}

Result<QString> ContentStore::putFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, ContentText::tr("Evidence file"),
            ContentText::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    }
    return put(file.readAll());
}

Result<QByteArray> ContentStore::get(const QString& sha256) const
{
    if (!isValidSha256Hex(sha256))
        return fail(ErrorCode::InvalidInput, ContentText::tr("Evidence file"),
            ContentText::tr("Not a SHA-256 name."));
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, ContentText::tr("Evidence file"),
            ContentText::tr("The evidence file %1 is missing from the content folder.").arg(sha256));
    }
    return file.readAll();
}

Status ContentStore::verify(const QString& sha256) const
{
    auto bytes = get(sha256);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (sha256Hex(*bytes) != sha256) {
        return fail(ErrorCode::StoreCorrupt, ContentText::tr("Evidence file"),
            ContentText::tr("The evidence file %1 was changed: its contents no longer match its name.")
                .arg(sha256));
    }
    return {};
}

} // namespace jiuzhu
