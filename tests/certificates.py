"""Throwaway TLS material for tests: a CA and a server certificate for 127.0.0.1 it signed, written at test time
(nothing is committed), valid for a day."""

import datetime
import ipaddress
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from newswatch.demo.redis_server import TlsFiles


def _name(common_name):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject, issuer, public_key, signing_key, is_ca, extensions=()):
    now = datetime.datetime.now(datetime.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True))
    for extension in extensions:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(signing_key, hashes.SHA256())


def _write(path, *pems):
    path.write_bytes(b"".join(pems))
    return str(path)


def write_tls_files(directory, name="newswatch test"):
    """A new CA, and a certificate for 127.0.0.1 and localhost signed by it, as PEM files in ``directory``."""
    directory = Path(directory)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _certificate(_name(f"{name} CA"), _name(f"{name} CA"), ca_key.public_key(), ca_key, is_ca=True,
                      extensions=[x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                                content_commitment=False, key_encipherment=False,
                                                data_encipherment=False, key_agreement=False,
                                                encipher_only=False, decipher_only=False)])
    server = _certificate(_name("127.0.0.1"), ca.subject, server_key.public_key(), ca_key, is_ca=False, extensions=[
        x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
        x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
    ])
    key_pem = server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    return TlsFiles(cert=_write(directory / "server.crt", server.public_bytes(serialization.Encoding.PEM)),
                    key=_write(directory / "server.key", key_pem),
                    ca=_write(directory / "ca.crt", ca.public_bytes(serialization.Encoding.PEM)))
