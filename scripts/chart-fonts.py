#!/usr/bin/env python3
# /usr/bin/python3 scripts/chart-fonts.py — remake src/charts/fonts/be-vietnam-pro-chart-{400,600}.ttf,
# the fonts resvg draws chart images (PNG) with. resvg takes one font per family and does not
# fall back across the Latin, Latin Extended and Vietnamese subset files of @fontsource, so each
# weight is one merged file; Be Vietnam Pro has no ≤ ≥ ← → − ×, so those come from DejaVu Sans,
# scaled to the same units per em. Needs fontTools (`apt-get install -y fonttools`) and the
# Debian package fonts-dejavu-core. Licences: src/charts/fonts/LICENSE.md.
import os, subprocess, tempfile
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FROM = os.path.join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files')
TO = os.path.join(ROOT, 'src/charts/fonts')
DEJAVU = {400: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 600: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'}
SYMBOLS = 'U+2190-2193,U+2212,U+2264,U+2265,U+00D7'

with tempfile.TemporaryDirectory() as tmp:
    for weight in (400, 600):
        parts = []
        for subset in ('latin', 'latin-ext', 'vietnamese'):
            f = TTFont(os.path.join(FROM, f'be-vietnam-pro-{subset}-{weight}-normal.woff'))
            f.flavor = None
            upem = f['head'].unitsPerEm
            path = os.path.join(tmp, f'{subset}-{weight}.ttf')
            f.save(path)
            parts.append(path)
        sym = os.path.join(tmp, f'sym-{weight}.ttf')
        subprocess.run(['pyftsubset', DEJAVU[weight], f'--unicodes={SYMBOLS}', '--no-hinting', '--drop-tables+=MATH,FFTM,GSUB,GPOS,GDEF,kern', f'--output-file={sym}'], check=True)
        s = TTFont(sym)
        scale_upem(s, upem)
        s.save(sym)
        parts.append(sym)
        out = os.path.join(TO, f'be-vietnam-pro-chart-{weight}.ttf')
        subprocess.run(['pyftmerge', f'--output-file={out}', *parts], check=True)
        m = TTFont(out)
        for rec in m['name'].names:
            if rec.nameID in (1, 16):
                rec.string = 'Be Vietnam Pro'
            elif rec.nameID in (2, 17):
                rec.string = 'Regular' if weight == 400 else 'SemiBold'
            elif rec.nameID == 4:
                rec.string = 'Be Vietnam Pro ' + ('Regular' if weight == 400 else 'SemiBold')
        m['OS/2'].usWeightClass = weight
        m.save(out)
        print(out, os.path.getsize(out), 'bytes,', len(m.getBestCmap()), 'characters')
