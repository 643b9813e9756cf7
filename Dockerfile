# The knowledge base on an unprivileged nginx, with the same configuration as `make nginx` and the tests:
# nginx/kennisbank.conf.template, filled in by kennisbank.nginx with the hashes of this build's theme scripts.
#   docker build -t kennisbank .                                            (basis)
#   docker build --build-arg ORG=organisaties/x -t kennisbank .             (eigen versie)
#   docker build --build-arg KENNISBANK_SITE_URL=https://kennisbank.example.nl/ -t kennisbank .
#                                                   (het adres van de site: werkende links in downloads, ZELF-HOSTEN.md)
#   docker run -p 8080:8080 kennisbank
# Base images are referenced by tag; pin them by digest (see README, "Afhankelijkheden vastzetten") and Dependabot
# keeps the digests current.
FROM python:3.11-slim AS build
ARG ORG=
ARG KENNISBANK_SITE_URL=
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY . .
RUN pip install --no-cache-dir --no-deps --no-build-isolation -e . \
 && if [ -n "$ORG" ]; then python -m kennisbank bouw "$ORG" --site-dir /out/site; \
    else NO_MKDOCS_2_WARNING=1 mkdocs build --site-dir /out/site; fi \
 && python -m kennisbank.nginx --site /out/site --out /out/nginx --listen 8080 --root /usr/share/nginx/html

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=build /out/site /usr/share/nginx/html
COPY --from=build /out/nginx/kennisbank.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
