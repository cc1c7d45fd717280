#pragma once

#include "core/domain/Error.h"

#include <QByteArray>
#include <QString>

namespace jiuzhu {

// Evidence files (scans, PDFs) kept beside the database under
// content/ab/abcdef…, named by the SHA-256 of their bytes: identical files
// are stored once and a changed file is detected by re-hashing.
class ContentStore
{
public:
    explicit ContentStore(QString rootDirectory);

    // Writes the bytes (atomically) unless already present; returns the hex SHA-256.
    Result<QString> put(const QByteArray& bytes);
    Result<QString> putFile(const QString& path);
    Result<QByteArray> get(const QString& sha256) const;
    bool contains(const QString& sha256) const;
    QString pathFor(const QString& sha256) const;
    // Re-hashes one stored file; an error names the file that no longer matches.
    Status verify(const QString& sha256) const;
    const QString& rootDirectory() const { return m_root; }

    static QString sha256Hex(const QByteArray& bytes);
    static bool isValidSha256Hex(const QString& text);

private:
    QString m_root;
};

} // namespace jiuzhu
