package health.hipspine.content.pictures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Draws the exercise pictures of the catalogue ({@code content/pictures/<code>.svg}) from a small pose model,
 * so all 43 share one style: a side-view stick figure (near limbs dark, far limbs grey), the start position as a
 * pale ghost, the end position in full colour, an orange arrow for the movement, and the prop (mat, chair, step,
 * wall, ...). No text in the drawings (the alt text carries the words, and the PDFs embed every glyph they show).
 * <p>
 * Dependency-free so it runs as a plain source file; {@code PicturesTest} checks that the committed files
 * are exactly what this draws. After changing a pose: {@code java PoseDrawings.java content-service/src/main/resources/content/pictures}.
 */
public final class PoseDrawings {

    // Picture frame and figure proportions (SVG user units, y down).
    static final int WIDTH = 240;
    static final int HEIGHT = 150;
    /** The part of the drawing area shown: the figures keep clear of the edges, so the picture is cropped to them. */
    static final String VIEW_BOX = "20 2 200 134";
    static final double FLOOR = 132;
        static final double TRUNK = 38, NECK = 12, HEAD = 8, UPPER_ARM = 20, FOREARM = 19, THIGH = 27, SHIN = 26, FOOT = 9;
    /** The height of a chair seat: a seated figure's thighs are level. */
    static final double SEAT = FLOOR - SHIN - 4 + 5;

    static final String INK = "#22313f", FAR = "#7d8b99", GHOST = "#c3ccd6", ARROW = "#d9822b", PROP = "#9fb0c0",
            MAT = "#dbe4ec";

    /** A point; angles are in degrees, counter-clockwise from "to the right" (so 90 is up on the page). */
    record P(double x, double y) {
        P at(double degrees, double length) {
            double r = Math.toRadians(degrees);
            return new P(x + length * Math.cos(r), y - length * Math.sin(r));
        }
    }

    static P p(double x, double y) {
        return new P(x, y);
    }

    /** A limb: root (hip/shoulder), middle joint (knee/elbow), end (ankle/wrist) and, for legs, the toe. */
    record Limb(P mid, P end, P tip) {
    }

    /** The middle joint of a two-segment limb reaching for target, on the side nearer hint (straight when out of reach). */
    static P joint(P root, P target, double l1, double l2, P hint) {
        double dx = target.x - root.x, dy = target.y - root.y, d = Math.hypot(dx, dy);
        if (d >= l1 + l2 - 0.01) {
            return new P(root.x + dx / d * l1, root.y + dy / d * l1);
        }
        double a = (l1 * l1 - l2 * l2 + d * d) / (2 * d), h = Math.sqrt(Math.max(0, l1 * l1 - a * a));
        double mx = root.x + dx / d * a, my = root.y + dy / d * a;
        P one = new P(mx - dy / d * h, my + dx / d * h), two = new P(mx + dy / d * h, my - dx / d * h);
        return Math.hypot(one.x - hint.x, one.y - hint.y) <= Math.hypot(two.x - hint.x, two.y - hint.y) ? one : two;
    }

    /** A body position. Legs and arms are solved from where the ankle/wrist is, with a hint for the knee/elbow. */
    static final class Pose {
        P hip, shoulder, head;
        Limb nearLeg, farLeg, nearArm, farArm;

        static Pose at(P hip, double trunk) {
            Pose pose = new Pose();
            pose.hip = hip;
            pose.shoulder = hip.at(trunk, TRUNK);
            pose.head = pose.shoulder.at(trunk, NECK);
            return pose;
        }

        /** A trunk given by both ends (a figure whose shoulders rest on the mat while the hips lift). */
        static Pose between(P hip, P shoulder, double head) {
            Pose pose = new Pose();
            pose.hip = hip;
            pose.shoulder = shoulder;
            pose.head = shoulder.at(head, NECK);
            return pose;
        }

        Pose head(double degrees) {
            head = shoulder.at(degrees, NECK);
            return this;
        }

        Pose legs(P ankle, P kneeHint, double foot) {
            return nearLeg(ankle, kneeHint, foot).farLeg(ankle, kneeHint, foot);
        }

        Pose nearLeg(P ankle, P kneeHint, double foot) {
            nearLeg = leg(ankle, kneeHint, foot);
            return this;
        }

        Pose farLeg(P ankle, P kneeHint, double foot) {
            farLeg = leg(ankle, kneeHint, foot);
            return this;
        }

        /** A leg seen foreshortened (its knee placed, not solved). */
        Pose nearLegAt(P knee, P ankle, double foot) {
            nearLeg = new Limb(knee, ankle, ankle.at(foot, FOOT));
            return this;
        }

        Pose farLegAt(P knee, P ankle, double foot) {
            farLeg = new Limb(knee, ankle, ankle.at(foot, FOOT));
            return this;
        }

        Pose arms(P wrist, P elbowHint) {
            return nearArm(wrist, elbowHint).farArm(wrist, elbowHint);
        }

        Pose nearArm(P wrist, P elbowHint) {
            nearArm = arm(wrist, elbowHint);
            return this;
        }

        Pose farArm(P wrist, P elbowHint) {
            farArm = arm(wrist, elbowHint);
            return this;
        }

        Pose nearArmAt(P elbow, P wrist) {
            nearArm = new Limb(elbow, wrist, null);
            return this;
        }

        Pose farArmAt(P elbow, P wrist) {
            farArm = new Limb(elbow, wrist, null);
            return this;
        }

        private Limb leg(P ankle, P kneeHint, double foot) {
            P knee = joint(hip, ankle, THIGH, SHIN, kneeHint);
            P end = knee.at(Math.toDegrees(Math.atan2(-(ankle.y - knee.y), ankle.x - knee.x)),
                    Math.min(SHIN, Math.hypot(ankle.x - knee.x, ankle.y - knee.y)));
            return new Limb(knee, end, end.at(foot, FOOT));
        }

        private Limb arm(P wrist, P elbowHint) {
            P elbow = joint(shoulder, wrist, UPPER_ARM, FOREARM, elbowHint);
            P end = elbow.at(Math.toDegrees(Math.atan2(-(wrist.y - elbow.y), wrist.x - elbow.x)),
                    Math.min(FOREARM, Math.hypot(wrist.x - elbow.x, wrist.y - elbow.y)));
            return new Limb(elbow, end, null);
        }

        /** A standing figure facing right, arms hanging, feet under the hips. */
        static Pose standing(double x) {
            return Pose.at(p(x, FLOOR - THIGH - SHIN - 2), 90)
                    .legs(p(x, FLOOR - 2), p(x + 10, FLOOR - 30), 0)
                    .arms(p(x + 1, FLOOR - 55), p(x - 3, FLOOR - 70));
        }

        /** Lying on the back, head to the left, on a mat. */
        static Pose supine(double hipX) {
            double y = FLOOR - 8;
            return Pose.at(p(hipX, y), 180).head(178)
                    .legs(p(hipX + THIGH + SHIN, y), p(hipX + 20, y - 5), 80)
                    .arms(p(hipX + 1, y + 1), p(hipX - 18, y + 1));
        }

        /** Lying on the back with the knees bent and the feet flat (crook lying). */
        static Pose crook(double hipX) {
            return supine(hipX).legs(p(hipX + 34, FLOOR - 6), p(hipX + 20, FLOOR - 40), 0);
        }

        /** On hands and knees, head to the left. */
        static Pose quadruped(double hipX) {
            P knee = p(hipX, FLOOR - 5);
            P hip = p(hipX, knee.y - THIGH);
            Pose pose = Pose.at(hip, 166).head(176);
            P wrist = p(pose.shoulder.x, FLOOR - 5);
            return pose.nearLegAt(knee, p(hipX + SHIN, FLOOR - 5), -5).farLegAt(knee, p(hipX + SHIN, FLOOR - 5), -5)
                    .arms(wrist, p(pose.shoulder.x - 5, (pose.shoulder.y + wrist.y) / 2));
        }

        /** Sitting on a chair ({@link #SEAT} high) whose front edge is at seatX, facing right, hands on the thighs. */
        static Pose seated(double seatX) {
            P hip = p(seatX - 16, FLOOR - SHIN - 4);
            P knee = hip.at(0, THIGH);
            return Pose.at(hip, 90)
                    .nearLegAt(knee, p(knee.x, FLOOR - 2), 0).farLegAt(knee, p(knee.x, FLOOR - 2), 0)
                    .arms(p(hip.x + 18, hip.y - 3), p(hip.x + 2, hip.y - 18));
        }
    }

    /** One picture: props, the ghost start, the final pose, arrows. */
    static final class Picture {
        final List<String> back = new ArrayList<>();
        final List<String> front = new ArrayList<>();

        Picture mat(double x1, double x2) {
            back.add(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"4\" rx=\"2\" fill=\"%s\"/>",
                    x1, FLOOR - 3, x2 - x1, MAT));
            return this;
        }

        /** A chair in side view, seat front edge at seatX, facing right (backrest on the left). */
        Picture chair(double seatX) {
            double seatY = SEAT;
            double back = seatX - 34;
            line(this.back, PROP, 3, p(back, seatY), p(seatX, seatY));
            line(this.back, PROP, 3, p(back, seatY - 36), p(back, FLOOR));
            line(this.back, PROP, 3, p(seatX - 2, seatY), p(seatX - 2, FLOOR));
            return this;
        }

        Picture step(double x1, double x2, double height) {
            back.add(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>",
                    x1, FLOOR - height, x2 - x1, height, MAT, PROP));
            return this;
        }

        Picture wall(double x) {
            line(back, PROP, 4, p(x, 12), p(x, FLOOR));
            return this;
        }

        Picture dome(double x) {
            back.add(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f A24 12 0 0 1 %.1f %.1f Z\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>",
                    x - 24, FLOOR, x + 24, FLOOR, MAT, PROP));
            return this;
        }

        Picture pad(double x1, double x2) {
            return step(x1, x2, 7);
        }

        Picture water(double y) {
            for (int row = 0; row < 2; row++) {
                StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M12 %.1f", y + row * 10));
                for (int x = 12; x < WIDTH - 24; x += 24) {
                    d.append(String.format(Locale.ROOT, " q6 -4 12 0 q6 4 12 0"));
                }
                back.add("<path d=\"" + d + "\" fill=\"none\" stroke=\"" + PROP + "\" stroke-width=\"2\"/>");
            }
            return this;
        }

        Picture bicycle(P rear, P front, P seat, P bar, P crank) {
            for (P wheel : List.of(rear, front)) {
                back.add(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"20\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"/>",
                        wheel.x, wheel.y, PROP));
            }
            line(back, PROP, 3, rear, crank, seat, rear);
            line(back, PROP, 3, seat, bar.at(-90, 12), crank);
            line(back, PROP, 3, bar, front);
            line(back, PROP, 3, seat.at(180, 7), seat.at(0, 7));
            return this;
        }

        /** A held object (a dowel along the back, a weight in the hand): a plain thick line. */
        Picture object(P a, P b, double width) {
            line(front, PROP, width, a, b);
            return this;
        }

        Picture weight(P hand) {
            front.add(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"8\" rx=\"2\" fill=\"%s\"/>",
                    hand.x - 7, hand.y - 1, PROP));
            return this;
        }

        /** A resistance band round the thighs. */
        Picture band(P a, P b) {
            back.add(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"4\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                    (a.x + b.x) / 2, (a.y + b.y) / 2, Math.max(6, Math.abs(a.x - b.x) / 2 + 3), ARROW));
            return this;
        }

        Picture start(Pose pose) {
            figure(back, pose, GHOST, GHOST);
            return this;
        }

        Picture end(Pose pose) {
            figure(front, pose, INK, FAR);
            return this;
        }

        /** A curved arrow from a to b, bulging to the left of the direction of travel by bulge units. */
        Picture arrow(P a, P b, double bulge) {
            double mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2, dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy);
            P c = p(mx + dy / d * bulge, my - dx / d * bulge);
            front.add(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f Q%.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" stroke-linecap=\"round\"/>",
                    a.x, a.y, c.x, c.y, b.x, b.y, ARROW));
            double angle = Math.atan2(b.y - c.y, b.x - c.x);
            P l = p(b.x - 8 * Math.cos(angle - 0.45), b.y - 8 * Math.sin(angle - 0.45));
            P r = p(b.x - 8 * Math.cos(angle + 0.45), b.y - 8 * Math.sin(angle + 0.45));
            front.add(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>",
                    l.x, l.y, b.x, b.y, r.x, r.y, ARROW));
            return this;
        }

        /** A two-headed arrow (a movement back and forth). */
        Picture both(P a, P b, double bulge) {
            arrow(a, b, bulge);
            return arrow(b, a, -bulge);
        }

        String svg() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"134\" viewBox=\"%s\">%n",
                    VIEW_BOX));
            out.append(String.format(Locale.ROOT, "<line x1=\"6\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                    FLOOR + 1, WIDTH - 6, FLOOR + 1, PROP));
            back.forEach(s -> out.append(s).append('\n'));
            front.forEach(s -> out.append(s).append('\n'));
            return out.append("</svg>\n").toString();
        }

        private static void figure(List<String> to, Pose pose, String ink, String far) {
            limb(to, far, pose.hip, pose.farLeg);
            limb(to, far, pose.shoulder, pose.farArm);
            line(to, ink, 5, pose.hip, pose.shoulder);
            limb(to, ink, pose.hip, pose.nearLeg);
            limb(to, ink, pose.shoulder, pose.nearArm);
            to.add(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                    pose.head.x, pose.head.y, HEAD, ink));
        }

        private static void limb(List<String> to, String ink, P root, Limb limb) {
            if (limb == null) {
                return;
            }
            if (limb.tip == null) {
                line(to, ink, 4.5, root, limb.mid, limb.end);
            } else {
                line(to, ink, 4.5, root, limb.mid, limb.end, limb.tip);
            }
        }

        private static void line(List<String> to, String ink, double width, P... points) {
            StringBuilder d = new StringBuilder();
            for (P point : points) {
                d.append(d.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", point.x, point.y));
            }
            to.add(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
                    d, ink, width));
        }
    }

    private static final Map<String, Consumer<Picture>> DRAWINGS = new LinkedHashMap<>();

    static {
        double y = FLOOR - 8;
        DRAWINGS.put("supine-heel-slide", pic -> pic.mat(40, 210)
                .start(Pose.supine(120))
                .end(Pose.supine(120).nearLeg(p(150, FLOOR - 6), p(140, FLOOR - 40), 0))
                .arrow(p(176, FLOOR - 20), p(156, FLOOR - 20), 4));
        DRAWINGS.put("quadruped-rock-back", pic -> {
            Pose start = Pose.quadruped(140);
            P knee = p(140, FLOOR - 5);
            Pose end = Pose.at(knee.at(45, THIGH), 170).head(180)
                    .nearLegAt(knee, p(140 + SHIN, FLOOR - 5), -5).farLegAt(knee, p(140 + SHIN, FLOOR - 5), -5);
            end.arms(start.nearArm.end, p(end.shoulder.x - 10, end.shoulder.y + 10));
            pic.mat(50, 200).start(start).end(end).arrow(p(146, 88), p(170, 96), 6);
        });
        DRAWINGS.put("standing-open-gate", pic -> {
            Pose start = Pose.standing(120).farArm(p(84, 62), p(100, 52));
            Pose end = Pose.standing(120).farArm(p(84, 62), p(100, 52))
                    .nearLeg(p(150, 86), p(146, 62), -30);
            pic.chair(88).start(start).end(end)
                    .arrow(p(152, 56), p(168, 82), -10);
        });
        DRAWINGS.put("frog-stretch", pic -> {
            // Seen from behind: on the forearms, knees wide apart, the hips easing back and down between them.
            Pose start = frog(104, 136, FLOOR - 34);
            Pose end = frog(84, 156, FLOOR - 24);
            pic.mat(40, 200).start(start).end(end).both(p(92, FLOOR - 16), p(68, FLOOR - 16), 0)
                    .both(p(148, FLOOR - 16), p(172, FLOOR - 16), 0);
        });
        DRAWINGS.put("hip-flexor-stretch", pic -> {
            // Half-kneeling: back knee on a pillow, front foot flat; the pelvis tucks and shifts forward.
            P knee = p(104, FLOOR - 9);
            Pose start = Pose.at(knee.at(92, THIGH), 90)
                    .nearLeg(p(152, FLOOR - 2), p(150, FLOOR - 32), 0)
                    .farLegAt(knee, p(80, FLOOR - 5), 180)
                    .arms(p(112, 82), p(104, 68));
            Pose end = Pose.at(knee.at(72, THIGH), 95)
                    .nearLeg(p(152, FLOOR - 2), p(160, FLOOR - 32), 0)
                    .farLegAt(knee, p(80, FLOOR - 5), 180)
                    .arms(p(118, 80), p(110, 66));
            pic.mat(60, 190).step(92, 116, 5).start(start).end(end).arrow(p(100, 90), p(122, 90), 5);
        });
        DRAWINGS.put("seated-forward-bend", pic -> {
            Pose start = Pose.seated(120);
            Pose end = Pose.seated(120);
            Pose bent = Pose.at(start.hip, 35).head(20);
            bent.nearLeg = end.nearLeg;
            bent.farLeg = end.farLeg;
            bent.arms(p(start.nearLeg.mid.x + 4, FLOOR - 16), p(bent.shoulder.x + 6, bent.shoulder.y + 10));
            pic.chair(120).start(start).end(bent).arrow(p(112, 44), p(146, 70), -8);
        });
        DRAWINGS.put("gluteal-set", pic -> {
            Pose pose = Pose.supine(120);
            pic.mat(40, 210).end(pose)
                    .arrow(p(106, y - 16), p(116, y - 8), 0).arrow(p(134, y - 16), p(124, y - 8), 0);
        });
        DRAWINGS.put("bridge", pic -> {
            Pose start = Pose.crook(110);
            // Shoulders stay down, the hips lift until shoulder, hip and knee make one line.
            Pose end = Pose.between(start.shoulder.at(22, TRUNK), start.shoulder, 180)
                    .legs(start.nearLeg.end, p(150, FLOOR - 70), 0).arms(p(start.hip.x + 4, FLOOR - 5), p(100, FLOOR - 5));
            pic.mat(40, 200).start(start).end(end).arrow(p(96, FLOOR - 12), p(100, FLOOR - 38), -6);
        });
        DRAWINGS.put("single-leg-bridge", pic -> {
            Pose start = Pose.crook(110);
            Pose end = Pose.between(start.shoulder.at(22, TRUNK), start.shoulder, 180)
                    .farLeg(start.nearLeg.end, p(150, FLOOR - 70), 0)
                    .arms(p(start.hip.x + 4, FLOOR - 5), p(100, FLOOR - 5));
            P knee = end.hip.at(22, THIGH), ankle = knee.at(22, SHIN);
            end.nearLeg = new Limb(knee, ankle, ankle.at(110, FOOT));
            pic.mat(40, 210).start(start).end(end).arrow(p(96, FLOOR - 12), p(100, FLOOR - 38), -6);
        });
        DRAWINGS.put("clamshell", pic -> {
            // Side-lying seen from the front: knees bent forward, feet together; the top knee opens upward.
            P hip = p(130, FLOOR - 10);
            Pose start = Pose.at(hip, 180).head(170)
                    .nearLegAt(p(162, FLOOR - 12), p(150, FLOOR - 6), -10)
                    .farLegAt(p(162, FLOOR - 6), p(150, FLOOR - 5), -10)
                    .nearArmAt(p(110, FLOOR - 14), p(124, FLOOR - 16)).farArmAt(p(78, FLOOR - 8), p(62, FLOOR - 18));
            Pose end = Pose.at(hip, 180).head(170)
                    .nearLegAt(p(152, FLOOR - 40), p(150, FLOOR - 8), -10)
                    .farLegAt(p(162, FLOOR - 6), p(150, FLOOR - 5), -10)
                    .nearArmAt(p(110, FLOOR - 14), p(124, FLOOR - 16)).farArmAt(p(78, FLOOR - 8), p(62, FLOOR - 18));
            pic.mat(40, 200).start(start).end(end).arrow(p(172, FLOOR - 22), p(164, FLOOR - 46), 6);
        });
        DRAWINGS.put("isometric-hip-abduction", pic -> {
            // Standing side-on to a wall (seen from the front): the leg nearest the wall presses out into it.
            Pose pose = Pose.at(p(120, FLOOR - 55), 90).head(90)
                    .nearLegAt(p(132, FLOOR - 28), p(140, FLOOR - 2), 0).farLegAt(p(110, FLOOR - 28), p(106, FLOOR - 2), 180)
                    .nearArmAt(p(134, 58), p(140, 76)).farArmAt(p(106, 58), p(100, 76));
            pic.wall(146).end(pose).arrow(p(124, FLOOR - 28), p(141, FLOOR - 28), 0);
        });
        DRAWINGS.put("side-lying-hip-abduction", pic -> {
            P hip = p(120, FLOOR - 10);
            Pose start = Pose.at(hip, 180).head(170)
                    .nearLeg(p(173, FLOOR - 12), p(146, FLOOR - 14), -60).farLeg(p(173, FLOOR - 6), p(146, FLOOR - 6), -60)
                    .nearArmAt(p(100, FLOOR - 14), p(114, FLOOR - 18)).farArmAt(p(68, FLOOR - 8), p(52, FLOOR - 18));
            Pose end = Pose.at(hip, 180).head(170)
                    .nearLeg(hip.at(28, THIGH + SHIN), hip.at(28, 20), -62).farLeg(p(173, FLOOR - 6), p(146, FLOOR - 6), -60)
                    .nearArmAt(p(100, FLOOR - 14), p(114, FLOOR - 18)).farArmAt(p(68, FLOOR - 8), p(52, FLOOR - 18));
            pic.mat(30, 210).start(start).end(end).arrow(p(182, FLOOR - 18), p(176, FLOOR - 42), 6);
        });
        DRAWINGS.put("sit-to-stand", pic -> {
            Pose start = Pose.at(Pose.seated(110).hip, 70).head(60).legs(p(120, FLOOR - 2), p(130, 90), 0)
                    .arms(p(124, 80), p(116, 70));
            Pose end = Pose.standing(118);
            pic.chair(110).start(start).end(end).arrow(p(84, 90), p(96, 64), -6);
        });
        DRAWINGS.put("squat", pic -> {
            Pose start = Pose.standing(120).arms(p(150, 44), p(136, 40));
            Pose end = Pose.at(p(104, FLOOR - 40), 62).head(66).legs(p(122, FLOOR - 2), p(136, 88), 0)
                    .arms(p(160, 70), p(140, 66));
            pic.start(start).end(end).arrow(p(100, 66), p(96, 90), 6);
        });
        DRAWINGS.put("lateral-lunge", pic -> {
            // Seen from the front: a wide step to the side, the stepping knee bends, the other leg stays straight.
            Pose start = Pose.at(p(110, FLOOR - 54), 90).head(90)
                    .nearLegAt(p(116, FLOOR - 28), p(120, FLOOR - 2), 0).farLegAt(p(104, FLOOR - 28), p(100, FLOOR - 2), 180)
                    .nearArmAt(p(124, 58), p(126, 78)).farArmAt(p(96, 58), p(94, 78));
            Pose end = Pose.at(p(130, FLOOR - 36), 80).head(86)
                    .nearLegAt(p(160, FLOOR - 30), p(160, FLOOR - 2), 0).farLegAt(p(100, FLOOR - 18), p(78, FLOOR - 2), 180)
                    .nearArmAt(p(148, 70), p(136, 78)).farArmAt(p(124, 72), p(138, 80));
            pic.start(start).end(end).arrow(p(128, FLOOR - 8), p(160, FLOOR - 8), 4);
        });
        DRAWINGS.put("step-up", pic -> {
            double step = 16;
            Pose start = Pose.standing(100).nearLeg(p(140, FLOOR - step), p(132, 84), 0);
            Pose end = Pose.at(p(144, FLOOR - step - 2 - THIGH - SHIN), 90).legs(p(144, FLOOR - step - 2), p(154, 80), 0)
                    .arms(p(145, FLOOR - step - 57), p(141, FLOOR - step - 72));
            pic.step(122, 200, step).start(start).end(end).arrow(p(104, 20), p(130, 12), -6);
        });
        DRAWINGS.put("hip-hinge-drill", pic -> {
            Pose start = Pose.standing(120);
            Pose end = Pose.at(p(108, FLOOR - 52), 38).head(38).legs(p(122, FLOOR - 2), p(130, 100), 0);
            // The dowel lies along the back: one hand at the neck, the other at the low back.
            P top = end.head.at(128, 10).at(38, 6), bottom = end.hip.at(128, 6).at(218, 8);
            end.nearArm(end.hip.at(128, 6).at(38, 6), p(end.shoulder.x + 6, end.shoulder.y + 20));
            end.farArm(end.shoulder.at(128, 7), p(end.shoulder.x + 8, end.shoulder.y - 14));
            pic.start(start).end(end).object(bottom, top, 3).arrow(p(136, 22), p(166, 50), -8);
        });
        DRAWINGS.put("double-leg-deadlift", pic -> {
            Pose start = Pose.at(p(104, FLOOR - 44), 25).head(20).legs(p(124, FLOOR - 2), p(134, 96), 0);
            start.arms(p(start.shoulder.x, FLOOR - 22), p(start.shoulder.x - 4, start.shoulder.y + 16));
            Pose end = Pose.standing(98);
            pic.start(start).weight(start.nearArm.end).end(end).weight(end.nearArm.end)
                    .arrow(p(170, 100), p(150, 56), 8);
        });
        DRAWINGS.put("single-leg-deadlift", pic -> {
            Pose start = Pose.standing(120);
            Pose end = Pose.at(p(120, FLOOR - 54), 170).head(172)
                    .farLeg(p(120, FLOOR - 2), p(126, 104), 0)
                    .nearLeg(p(172, 70), p(146, 76), -80)
                    .arms(p(88, FLOOR - 30), p(86, 92));
            pic.start(start).end(end).arrow(p(104, 30), p(74, 62), 8).arrow(p(140, 118), p(170, 92), 8);
        });
        DRAWINGS.put("single-leg-stance", pic -> {
            Pose pose = Pose.standing(120).nearLeg(p(124, FLOOR - 22), p(142, FLOOR - 40), 0)
                    .arms(p(140, 74), p(126, 82));
            pic.end(pose);
        });
        DRAWINGS.put("single-leg-stance-foam", pic -> {
            Pose pose = Pose.at(p(120, FLOOR - 9 - THIGH - SHIN), 90).farLeg(p(120, FLOOR - 9), p(130, 80), 0)
                    .nearLeg(p(124, FLOOR - 30), p(142, FLOOR - 48), 0).arms(p(140, 66), p(126, 74));
            pic.pad(98, 146).end(pose);
        });
        DRAWINGS.put("bosu-balance", pic -> {
            double top = FLOOR - 12;
            Pose start = Pose.at(p(120, top - THIGH - SHIN + 4), 90).legs(p(120, top), p(132, 90), 0)
                    .arms(p(122, 80), p(116, 64));
            Pose end = Pose.at(p(120, top - THIGH - SHIN + 4), 90).farLeg(p(120, top), p(132, 90), 0)
                    .nearLeg(p(126, top - 24), p(142, top - 40), 0).arms(p(150, 56), p(136, 60));
            pic.wall(64).dome(120).start(start).end(end);
        });
        DRAWINGS.put("abdominal-bracing", pic -> {
            Pose pose = Pose.crook(120);
            pic.mat(40, 210).end(pose).arrow(p(100, y - 26), p(100, y - 10), 0).arrow(p(80, y + 4), p(80, y - 8), 0);
        });
        DRAWINGS.put("dead-bug", pic -> {
            P hip = p(130, y);
            Pose start = Pose.at(hip, 180).head(178)
                    .legs(p(160, y - 26), p(132, y - 26), -10).arms(p(92, y - 38), p(94, y - 20));
            Pose end = Pose.at(hip, 180).head(178)
                    .farLeg(p(160, y - 26), p(132, y - 26), -10).nearLeg(hip.at(8, THIGH + SHIN), hip.at(8, 20), 60)
                    .farArm(p(92, y - 38), p(94, y - 20)).nearArm(start.shoulder.at(160, UPPER_ARM + FOREARM), p(70, y - 8));
            pic.mat(30, 210).start(start).end(end).arrow(p(170, y - 36), p(186, y - 14), -6)
                    .arrow(p(84, y - 44), p(64, y - 22), 6);
        });
        DRAWINGS.put("bird-dog", pic -> {
            Pose start = Pose.quadruped(140);
            Pose end = Pose.quadruped(140);
            end.nearArm = new Limb(end.shoulder.at(175, UPPER_ARM), end.shoulder.at(175, UPPER_ARM + FOREARM), null);
            P hip = end.hip;
            P knee = hip.at(-5, THIGH);
            P ankle = knee.at(-5, SHIN);
            end.nearLeg = new Limb(knee, ankle, ankle.at(-90, FOOT));
            pic.mat(50, 210).start(start).end(end).arrow(p(90, 118), p(66, 94), -6).arrow(p(178, 118), p(198, 96), 6);
        });
        DRAWINGS.put("kneeling-plank", pic -> {
            P knee = p(150, FLOOR - 5);
            Pose pose = Pose.at(knee.at(160, THIGH), 163).head(165)
                    .nearLegAt(knee, p(knee.x + SHIN, FLOOR - 5), -5).farLegAt(knee, p(knee.x + SHIN, FLOOR - 5), -5);
            P elbow = p(pose.shoulder.x, FLOOR - 5);
            pose.arms(elbow.at(180, FOREARM), p(elbow.x + 1, elbow.y));
            pose.nearArm = new Limb(elbow, elbow.at(180, FOREARM), null);
            pose.farArm = pose.nearArm;
            pic.mat(40, 210).end(pose);
        });
        DRAWINGS.put("front-plank", pic -> {
            P toe = p(190, FLOOR - 3);
            P ankle = p(184, FLOOR - 10);
            P knee = ankle.at(168, SHIN);
            P hip = knee.at(168, THIGH);
            Pose pose = Pose.at(hip, 168).head(168);
            pose.nearLeg = new Limb(knee, ankle, toe);
            pose.farLeg = pose.nearLeg;
            P elbow = p(pose.shoulder.x, FLOOR - 5);
            pose.nearArm = new Limb(elbow, elbow.at(180, FOREARM), null);
            pose.farArm = pose.nearArm;
            pic.mat(30, 210).end(pose);
        });
        DRAWINGS.put("side-plank", pic -> {
            // Seen from the front: on one forearm, the body a straight line lifted off the mat.
            P ankle = p(186, FLOOR - 7);
            P knee = ankle.at(164, SHIN);
            Pose start = Pose.at(p(130, FLOOR - 8), 180).head(170);
            start.nearLeg = new Limb(p(157, FLOOR - 8), p(183, FLOOR - 8), p(186, FLOOR - 16));
            start.farLeg = start.nearLeg;
            start.nearArm = new Limb(p(92, FLOOR - 20), p(74, FLOOR - 8), null);
            Pose end = Pose.at(knee.at(164, THIGH), 164).head(160);
            end.nearLeg = new Limb(knee, ankle, ankle.at(90, FOOT));
            end.farLeg = end.nearLeg;
            P elbow = p(end.shoulder.x, FLOOR - 5);
            end.farArm = new Limb(elbow, elbow.at(180, FOREARM), null);
            end.nearArm = new Limb(end.shoulder.at(-20, UPPER_ARM - 4), end.shoulder.at(-20, UPPER_ARM - 4).at(10, 14), null);
            pic.mat(40, 210).end(end).arrow(p(130, FLOOR - 8), p(130, FLOOR - 34), 0);
        });
        DRAWINGS.put("childs-pose", pic -> {
            Pose start = Pose.quadruped(140);
            P knee = p(140, FLOOR - 5);
            // Hips back onto the heels, trunk resting forward, forehead and arms down on the mat.
            Pose end = Pose.at(p(160, FLOOR - 20), 190).head(205)
                    .nearLegAt(knee, p(166, FLOOR - 5), -5).farLegAt(knee, p(166, FLOOR - 5), -5)
                    .arms(p(68, FLOOR - 6), p(100, FLOOR - 10));
            pic.mat(40, 200).start(start).end(end).arrow(p(150, 86), p(174, 104), 6);
        });
        DRAWINGS.put("cat-cow", pic -> {
            Pose pose = Pose.quadruped(150);
            pic.mat(50, 210).end(pose).both(p(128, 76), p(128, 100), 0);
            // The rounded back (cat) over the neutral spine.
            pic.front.add(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f Q%.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"4 4\"/>",
                    pose.hip.x, pose.hip.y - 4, (pose.hip.x + pose.shoulder.x) / 2, pose.hip.y - 36, pose.shoulder.x, pose.shoulder.y - 4, FAR));
        });
        DRAWINGS.put("standing-forward-fold", pic -> {
            Pose start = Pose.standing(120);
            Pose end = Pose.at(p(114, FLOOR - 53), -40).head(-62).legs(p(122, FLOOR - 2), p(128, 104), 0);
            end.arms(p(end.shoulder.x + 2, FLOOR - 6), p(end.shoulder.x + 6, end.shoulder.y + 14));
            pic.start(start).end(end).arrow(p(134, 26), p(162, 84), -12);
        });
        DRAWINGS.put("standing-backward-lean", pic -> {
            Pose start = Pose.standing(120);
            Pose end = Pose.at(p(124, FLOOR - 54), 106).head(112).legs(p(120, FLOOR - 2), p(128, 104), 0);
            end.arms(end.hip.at(150, 6), p(end.shoulder.x - 16, end.shoulder.y + 14));
            pic.start(start).end(end).arrow(p(134, 14), p(102, 12), 8);
        });
        DRAWINGS.put("prone-press-up", pic -> {
            P hip = p(130, y + 2);
            Pose start = Pose.at(hip, 180).head(180)
                    .legs(p(184, y + 3), p(158, y + 3), -20).arms(p(106, y + 4), p(94, y - 8));
            Pose end = Pose.at(hip, 148).head(140)
                    .legs(p(184, y + 3), p(158, y + 3), -20);
            end.arms(p(end.shoulder.x + 2, FLOOR - 4), p(end.shoulder.x - 4, end.shoulder.y + 18));
            pic.mat(40, 210).start(start).end(end).arrow(p(84, y - 12), p(86, y - 36), -6);
        });
        DRAWINGS.put("knee-to-chest", pic -> {
            Pose start = Pose.crook(120);
            Pose end = Pose.supine(120).legs(p(112, y - 30), p(130, y - 34), 0)
                    .arms(p(126, y - 36), p(104, y - 22));
            pic.mat(40, 200).start(start).end(end).arrow(p(160, y - 40), p(136, y - 52), 6);
        });
        DRAWINGS.put("posterior-pelvic-tilt", pic -> {
            Pose pose = Pose.crook(120);
            pic.mat(40, 210).end(pose).arrow(p(130, y - 18), p(118, y - 14), 4).arrow(p(102, y + 4), p(102, y - 8), 0);
        });
        DRAWINGS.put("lower-trunk-rotation", pic -> {
            // The knees, bent together, fall to one side (towards the viewer) and back, within a pain-free range.
            Pose start = Pose.crook(120);
            Pose end = Pose.crook(120);
            P knee = p(144, FLOOR - 16);
            end.nearLegAt(knee, p(154, FLOOR - 6), 0).farLegAt(knee.at(90, 8), p(154, FLOOR - 8), 0);
            pic.mat(40, 200).start(start).end(end).both(p(156, FLOOR - 48), p(162, FLOOR - 20), -8);
        });
        DRAWINGS.put("sciatic-nerve-glide", pic -> {
            Pose start = Pose.seated(110).head(80);
            start.head = start.shoulder.at(70, NECK);
            Pose end = Pose.seated(110);
            end.head = end.shoulder.at(110, NECK);
            end.nearLeg(end.hip.at(-10, THIGH).at(0, SHIN), p(end.hip.x + 26, end.hip.y - 6), 80);
            pic.chair(110).start(start).end(end).arrow(p(150, 110), p(162, 84), 6).arrow(p(84, 30), p(70, 42), 4);
        });
        DRAWINGS.put("piriformis-stretch", pic -> {
            // Figure four: one ankle crossed over the other knee, the hands drawing that thigh in.
            Pose start = Pose.crook(110);
            Pose end = Pose.supine(110);
            P farKnee = end.hip.at(62, THIGH), farAnkle = farKnee.at(-15, SHIN);
            end.farLeg = new Limb(farKnee, farAnkle, farAnkle.at(75, FOOT));
            P nearKnee = end.hip.at(12, THIGH - 4), nearAnkle = farKnee.at(0, 4);
            end.nearLeg = new Limb(nearKnee, nearAnkle, nearAnkle.at(30, FOOT));
            end.arms(farKnee.at(240, 6), p(end.shoulder.x + 8, end.shoulder.y - 24));
            pic.mat(40, 200).start(start).end(end).arrow(p(160, y - 44), p(140, y - 60), 6);
        });
        DRAWINGS.put("diaphragmatic-breathing", pic -> {
            Pose pose = Pose.crook(130);
            pose.nearArm = new Limb(p(104, y + 1), p(118, y - 6), null);
            pic.mat(30, 210).step(pose.head.x - 16, pose.head.x + 14, 6).end(pose).both(p(112, y - 34), p(112, y - 14), 0);
        });
        DRAWINGS.put("pelvic-floor-activation", pic -> {
            Pose pose = Pose.seated(120);
            pic.chair(120).end(pose).arrow(p(106, 104), p(106, 84), 0);
        });
        DRAWINGS.put("walking", pic -> {
            Pose pose = Pose.at(p(120, FLOOR - 53), 88).head(86)
                    .nearLeg(p(140, FLOOR - 4), p(136, 104), -10).farLeg(p(98, FLOOR - 8), p(112, 106), -30)
                    .nearArm(p(104, 80), p(108, 64)).farArm(p(136, 74), p(128, 66));
            pic.end(pose).arrow(p(150, 30), p(190, 30), 0);
        });
        DRAWINGS.put("swimming", pic -> {
            P hip = p(130, 74);
            Pose pose = Pose.at(hip, 180).head(175)
                    .nearLeg(p(184, 70), p(156, 70), -10).farLeg(p(184, 80), p(156, 80), -10);
            pose.nearArm = new Limb(pose.shoulder.at(160, UPPER_ARM), pose.shoulder.at(160, UPPER_ARM).at(180, FOREARM), null);
            pose.farArm = new Limb(pose.shoulder.at(-60, UPPER_ARM), pose.shoulder.at(-60, UPPER_ARM).at(-10, FOREARM), null);
            pic.water(68).end(pose).arrow(p(100, 104), p(60, 104), 0);
        });
        DRAWINGS.put("cycling", pic -> {
            P seat = p(100, 70), crank = p(118, 108);
            Pose pose = Pose.at(seat.at(-90, 3), 70).head(60)
                    .nearLeg(crank.at(-60, 12), p(136, 76), 0).farLeg(crank.at(120, 12), p(132, 70), 20)
                    .arms(p(150, 58), p(136, 56));
            pic.bicycle(p(84, 110), p(168, 110), seat, p(150, 58), crank).end(pose);
        });
    }

    /** The frog stretch from behind: the trunk runs away from the viewer, so it looks short. */
    static Pose frog(double leftKnee, double rightKnee, double hipY) {
        Pose pose = Pose.between(p(120, hipY), p(120, hipY - 20), 90);
        pose.head = p(120, hipY - 29);
        pose.nearLeg = new Limb(p(leftKnee, FLOOR - 5), p(leftKnee - 6, FLOOR - 1), null);
        pose.farLeg = new Limb(p(rightKnee, FLOOR - 5), p(rightKnee + 6, FLOOR - 1), null);
        pose.nearArm = new Limb(p(108, FLOOR - 6), p(112, FLOOR - 12), null);
        pose.farArm = new Limb(p(132, FLOOR - 6), p(128, FLOOR - 12), null);
        return pose;
    }

    /** The codes this generator draws, in catalogue order. */
    public static List<String> codes() {
        return List.copyOf(DRAWINGS.keySet());
    }

    /** The SVG document for one exercise. */
    public static String svg(String code) {
        Consumer<Picture> drawing = DRAWINGS.get(code);
        if (drawing == null) {
            throw new IllegalArgumentException("no drawing for " + code);
        }
        Picture picture = new Picture();
        drawing.accept(picture);
        return picture.svg();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "content-service/src/main/resources/content/pictures");
        Files.createDirectories(dir);
        for (String code : codes()) {
            Files.writeString(dir.resolve(code + ".svg"), svg(code), StandardCharsets.UTF_8);
        }
        System.out.println(codes().size() + " pictures written to " + dir);
    }
}
