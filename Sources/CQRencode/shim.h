// libqrencode (Debian libqrencode-dev) for the leaflets' QR codes. Only
// Sources/SitthiKit/Leaflet/QRCode.swift imports this module.
#include <qrencode.h>
